//go:build !js

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/app"

	"dossier/corpus/library"
	"dossier/gui"
	"dossier/internal/e2e"
)

// killHelperMode, when set, makes TestSettingsKillHelper a subprocess of
// TestSettingsSurviveKills: "save" or "report".
const killHelperMode = "DOSSIER_KILL_HELPER"

// killBookmark is the id of the n-th bookmark the helper sets (from 0).
func killBookmark(n int) string { return fmt.Sprintf("kill-%06d", n) }

// TestSettingsKillHelper runs the app's own start-up, minus the display: the
// app with its ID (Fyne's preferences.json in the app's storage, with the
// test driver of the ci build tag instead of a window), the metadata, the
// built-in articles and gui.New with the atomic copy beside Fyne's file, as
// main does. In "save" mode it then bookmarks one article more at a time,
// in a tight loop, printing the count once each is saved, until it is
// killed; in "report" mode it prints the bookmarks it started with.
func TestSettingsKillHelper(t *testing.T) {
	mode := os.Getenv(killHelperMode)
	if mode == "" {
		t.Skip("a subprocess of TestSettingsSurviveKills")
	}
	a := app.NewWithID(appID)
	setMetadata(a)
	lib, err := library.OpenSeed()
	if err != nil {
		t.Fatal(err)
	}
	w := gui.New(a, lib, gui.Options{MemoryDir: a.Storage().RootURI().Path(), NoRestoreCorpus: true})
	marks := w.State().Bookmarks()
	if mode == "report" {
		json.NewEncoder(os.Stdout).Encode(marks)
		return
	}
	fmt.Printf("start %d\n", len(marks))
	for n := len(marks); ; n++ {
		w.State().ToggleBookmark(killBookmark(n)) // saved before it returns
		fmt.Printf("saved %d\n", n+1)
	}
}

// prefsState says what a kill left of Fyne's preferences.json.
func prefsState(path string) string {
	data, err := os.ReadFile(path)
	switch {
	case os.IsNotExist(err):
		return "missing"
	case err != nil:
		return "unreadable"
	case len(bytes.TrimSpace(data)) == 0:
		return "empty"
	case !json.Valid(data):
		return "torn"
	}
	return "whole"
}

// TestSettingsSurviveKills kills the app's settings code with SIGKILL while
// it saves, 50 times at random moments, and starts it again after each kill
// as the app starts: every bookmark it reported saved is there, and never a
// half-saved state. It also tells what the kills left of Fyne's own
// preferences.json, which Fyne rewrites in place (truncate, write, sync),
// and shows that a torn or emptied preferences.json loses nothing, thanks
// to the atomic copy.
//
// The helper is this package's test binary built with -tags ci: Fyne's real
// preferences, file and all, on the headless test driver, so no display is
// needed.
func TestSettingsSurviveKills(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a helper and kills it 50 times; skipped with -short")
	}
	helper := filepath.Join(t.TempDir(), "dossier-ci.test")
	build := exec.Command("go", "test", "-c", "-tags", "ci", "-o", helper, "./cmd/dossier")
	build.Dir = e2e.RepoRoot()
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go test -c -tags ci ./cmd/dossier: %v\n%s", err, out)
	}
	// Under the ci tag Fyne keeps the app's storage in $TMPDIR/fyne-test.
	tmp := t.TempDir()
	storage := filepath.Join(tmp, "fyne-test", appID)
	run := func(mode string) *exec.Cmd {
		cmd := exec.Command(helper, "-test.run=^TestSettingsKillHelper$", "-test.count=1", "-test.timeout=2m")
		cmd.Env = append(os.Environ(), killHelperMode+"="+mode, "TMPDIR="+tmp, "HOME="+tmp, "LANG=en_US.UTF-8")
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		return cmd
	}
	report := func() []string {
		t.Helper()
		cmd := run("report")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("report: %v\n%s", err, stderr.String())
		}
		var marks []string
		for _, line := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(line, "[") || line == "null" {
				if err := json.Unmarshal([]byte(line), &marks); err != nil {
					t.Fatalf("report %q: %v", line, err)
				}
			}
		}
		return marks
	}

	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 0))
	states := map[string]int{}
	have := 0
	const rounds = 50
	for round := range rounds {
		cmd := run("save")
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		acked := -1
		lines := make(chan string, 1<<16)
		go func() {
			s := bufio.NewScanner(stdout)
			for s.Scan() {
				lines <- s.Text()
			}
			close(lines)
		}()
		read := func(line string) {
			if v, ok := strings.CutPrefix(line, "saved "); ok {
				acked, _ = strconv.Atoi(v)
			} else if v, ok := strings.CutPrefix(line, "start "); ok {
				start, _ := strconv.Atoi(v)
				if start != have {
					t.Errorf("round %d: the app started with %d bookmarks, want the %d loaded before", round, start, have)
				}
			}
		}
		for acked < 0 { // the first save of this run
			line, ok := <-lines
			if !ok {
				cmd.Wait()
				t.Fatalf("round %d: the helper ended before saving:\n%s", round, stderr.String())
			}
			read(line)
		}
		time.Sleep(time.Duration(r.IntN(150_000)) * time.Microsecond)
		cmd.Process.Signal(syscall.SIGKILL)
		for line := range lines {
			read(line)
		}
		cmd.Wait()
		states[prefsState(filepath.Join(storage, "preferences.json"))]++

		marks := report()
		if len(marks) != acked && len(marks) != acked+1 {
			t.Fatalf("round %d: after the kill the app has %d bookmarks, want the %d saved or one more", round, len(marks), acked)
		}
		for i, id := range marks {
			if id != killBookmark(i) {
				t.Fatalf("round %d: bookmark %d is %q, want %q", round, i, id, killBookmark(i))
			}
		}
		have = len(marks)
	}
	t.Logf("%d kills; what they left of Fyne's preferences.json: %v; %d bookmarks in the end", rounds, states, have)

	// Fyne's file torn halfway, or emptied, as a kill between its truncate
	// and its write leaves it: the atomic copy brings every bookmark back.
	prefs := filepath.Join(storage, "preferences.json")
	whole, err := os.ReadFile(prefs)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"torn": whole[:len(whole)/2], "empty": nil} {
		if err := os.WriteFile(prefs, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if marks := report(); len(marks) != have || !slices.IsSorted(marks) {
			t.Errorf("with Fyne's preferences.json %s, the app has %d bookmarks, want %d", name, len(marks), have)
		}
	}
}
