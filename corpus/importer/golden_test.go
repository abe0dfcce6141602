package importer

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestImportGolden imports everything under testdata/ (pages, feeds,
// tables) and compares every article file written, and the report, with
// testdata/golden. Run with -update to renew them after a deliberate
// change, and read the diff.
func TestImportGolden(t *testing.T) {
	out := t.TempDir()
	report, err := Import(context.Background(), []string{"testdata/pages", "testdata/feeds", "testdata/tables"}, out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden")
	if *update {
		if err := os.RemoveAll(golden); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(golden, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	want, _ := filepath.Glob(filepath.Join(golden, "*.txt"))
	wantNames := map[string]bool{}
	for _, w := range want {
		wantNames[filepath.Base(w)] = true
	}
	for _, file := range report.Written {
		name := filepath.Base(file)
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		compareGolden(t, filepath.Join(golden, name), string(got))
		delete(wantNames, name)
	}
	if !*update {
		for name := range wantNames {
			t.Errorf("%s is in the golden files but was not written", name)
		}
	}
	compareGolden(t, filepath.Join(golden, "report.log"), reportText(report, out))
}

// reportText is the report as the command line prints it, with the out
// folder's path left out so that it does not depend on where the test ran.
func reportText(r Report, out string) string {
	var b strings.Builder
	for _, w := range r.Written {
		fmt.Fprintf(&b, "written %s\n", filepath.Base(w))
	}
	for _, d := range r.Duplicates {
		fmt.Fprintf(&b, "duplicate %s:%d of %s by %s\n", d.Path, d.Line, filepath.Base(d.Of), d.By)
	}
	for _, p := range r.Problems {
		fmt.Fprintf(&b, "problem %v\n", p)
	}
	return strings.ReplaceAll(b.String(), out, "OUT")
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v (run with -update to write it)", path, err)
		return
	}
	if string(want) != got {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
