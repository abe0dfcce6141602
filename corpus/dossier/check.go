package dossier

import (
	"context"
	"fmt"
)

// Check opens the dossier file at path and reads every article's record,
// which Open leaves in the file until asked: it finds what the checksums
// cannot, a record that does not decode (a fault of the program that wrote
// it). It returns how many articles the file holds.
func Check(ctx context.Context, path string) (articles int, err error) {
	lib, err := Open(ctx, path, Options{})
	if err != nil {
		return 0, err
	}
	s := lib.Parts().Analyses.(*store)
	docs := lib.Index().Docs()
	for i, d := range docs {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		if _, err := s.texts.read(uint32(i)); err != nil {
			return len(docs), fail(path, Damaged, "damaged: article %s: %v", d.ID, err)
		}
		if _, err := s.found.read(uint32(i)); err != nil {
			return len(docs), fail(path, Damaged, "damaged: article %s: %v", d.ID, err)
		}
	}
	if len(docs) == 0 {
		return 0, fmt.Errorf("%s: holds no articles", path)
	}
	return len(docs), nil
}
