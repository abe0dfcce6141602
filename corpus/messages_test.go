package corpus

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// keyedError says what is wrong with a message said by key, if anything: a
// key that MessageKeys does not list (so no translator was asked for it) or
// an argument an interface cannot say (a nested Phrase is checked too).
func keyedError(key string, args map[string]any) error {
	if !slices.Contains(messageKeys, key) {
		return fmt.Errorf("key %q is not in MessageKeys", key)
	}
	for name, v := range args {
		switch v := v.(type) {
		case string, int, int64:
		case Phrase:
			if err := keyedError(v.Key, v.Args); err != nil {
				return fmt.Errorf("%s of %s: %w", name, key, err)
			}
		default:
			return fmt.Errorf("%s of %s is a %T", name, key, v)
		}
	}
	return nil
}

// checkProblemKeys fails t for every problem an interface could not say in
// its own language. The loading tests pass every problem they see through
// it, so that no message is left with English only.
func checkProblemKeys(t testing.TB, problems []Problem) {
	t.Helper()
	for _, p := range problems {
		if err := keyedError(p.Key, p.Args); err != nil {
			t.Errorf("%v: %v", p, err)
		}
	}
}

// TestMessageKeysListsEveryKey reads the package's source: every "problem."
// key it names is listed by MessageKeys, once, and every key listed is used.
func TestMessageKeysListsEveryKey(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	inSource := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && strings.HasPrefix(s, "problem.") {
					inSource[s] = true
				}
			}
			return true
		})
	}
	for key := range inSource {
		if !slices.Contains(messageKeys, key) {
			t.Errorf("%q is in the source but not in MessageKeys", key)
		}
	}
	seen := map[string]bool{}
	for _, key := range MessageKeys() {
		if seen[key] {
			t.Errorf("%q is listed twice", key)
		}
		seen[key] = true
		if !inSource[key] {
			t.Errorf("%q is listed but the source never names it", key)
		}
	}
	if len(inSource) < 40 {
		t.Errorf("found only %d keys in the source; is the scan broken?", len(inSource))
	}
}

// TestParseErrorsCarryKeys: each way a file can fail to parse is said by its
// own key, with the arguments its sentence needs.
func TestParseErrorsCarryKeys(t *testing.T) {
	for input, want := range map[string]Phrase{
		"":                                {Key: keyEmpty},
		"Tekst zonder datum.":             {Key: keyDateMissing, Args: map[string]any{"Text": `"Tekst zonder datum."`}},
		"date":                            {Key: keyDateEmpty},
		"date 2018-13 Tekst.":             {Key: keyDateMonth, Args: map[string]any{"Date": "2018-13", "Reason": Phrase{Key: keyMonthNumber, Args: map[string]any{"Month": `"2018-13"`, "Number": 13}}}},
		"date 0999-01 Tekst.":             {Key: keyDateYear, Args: map[string]any{"Date": "0999-01", "Year": 999}},
		"date 2019-02-29 Tekst.":          {Key: keyDateDay, Args: map[string]any{"Date": "2019-02-29", "Month": "2019-02", "Days": 28}},
		"date 18-2 Tekst.":                {Key: keyDateForm, Args: map[string]any{"Date": `"18-2"`}},
		"date 2018-02":                    {Key: keyNoText},
		"date 2018-02 Tekst.\n\nCaf\xe9.": {Key: keyEncUTF8, Args: map[string]any{"Byte": "0xE9", "Column": 4}},
		"date 2018-02 Tekst.\n\x00":       {Key: keyEncBinary},
		"\xff\xfed\x00a\x00":              {Key: keyEncUTF16},
		"date 2018-02\ntitle:\n\nTekst.":  {Key: keyHeaderEmpty, Args: map[string]any{"Key": `"title"`}},
	} {
		_, err := Parse("x.txt", []byte(input))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("%q: %v, want a *ParseError", input, err)
		}
		if got := (Phrase{Key: pe.Key, Args: pe.Args}); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: %+v, want %+v", input, got, want)
		}
		if err := keyedError(pe.Key, pe.Args); err != nil {
			t.Errorf("%q: %v", input, err)
		}
	}
}

// TestLoadDirErrorsCarryKeys: the errors of LoadDir itself are *Error, with
// the folder and the system's reason said by keys, and still match what
// caused them.
func TestLoadDirErrorsCarryKeys(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing")
	_, _, err := LoadDir(context.Background(), missing, LoadOptions{})
	var e *Error
	if !errors.As(err, &e) || e.Key != keyDirOpen || e.Args["Dir"] != missing ||
		fmt.Sprint(e.Args["Reason"]) != fmt.Sprint(Phrase{Key: keyOSNotExist}) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %#v", err)
	}
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("date 2019-05 x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = LoadDir(context.Background(), f, LoadOptions{})
	if !errors.As(err, &e) || e.Key != keyDirNotFolder || e.Args["Dir"] != f {
		t.Errorf("file as folder: %#v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err = LoadDir(ctx, dir, LoadOptions{})
	if !errors.As(err, &e) || e.Key != keyDirList || fmt.Sprint(e.Args["Reason"]) != fmt.Sprint(Phrase{Key: keyOSCancelled}) ||
		!errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %#v", err)
	}
	if err := keyedError(e.Key, e.Args); err != nil {
		t.Error(err)
	}
}

// TestOSReason: the common errors of the system have keys; the rest keep
// the system's words.
func TestOSReason(t *testing.T) {
	for err, want := range map[error]Phrase{
		&fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}: {Key: keyOSPermission},
		fs.ErrNotExist:             {Key: keyOSNotExist},
		context.Canceled:           {Key: keyOSCancelled},
		errors.New("disk on fire"): {Key: keyOSOther, Args: map[string]any{"Text": "disk on fire"}},
	} {
		if got := OSReason(err); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%v: %+v, want %+v", err, got, want)
		}
	}
}
