//go:build linux

package gui

import (
	"bufio"
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

	"fyne.io/fyne/v2/test"
)

// killHelperDir, when set, makes TestMemoryKillHelper the subprocess of
// TestMemorySurvivesKills, saving into that folder.
const killHelperDir = "DOSSIER_MEMORY_KILL_DIR"

// savedState is what save number v holds, so that a loaded copy can be
// checked against its version alone: a bookmark more with every save (the
// file grows), the newest article open, a text size and a scroll position
// that follow v.
func savedState(v int64) memory {
	ids := make([]string, v)
	for i := range ids {
		ids[i] = fmt.Sprintf("bladwijzer-%06d", i+1)
	}
	return memory{
		Version: v, Theme: []string{"", "light", "dark"}[v%3], TextSize: float64(12 + v%12),
		Corpus: "/corpus/" + strconv.FormatInt(v, 10), Article: fmt.Sprintf("artikel-%06d", v),
		Scroll: float64(v) / 2, Bookmarks: ids,
	}
}

// TestMemoryKillHelper is the subprocess of TestMemorySurvivesKills: from
// the state it finds (as the app does at start), it saves the next state,
// and the next, as fast as it can, printing each version once it is saved,
// until it is killed. Its preferences live in memory only, so they die
// with it, as Fyne's file does when a kill truncates it.
func TestMemoryKillHelper(t *testing.T) {
	dir := os.Getenv(killHelperDir)
	if dir == "" {
		t.Skip("the subprocess of TestMemorySurvivesKills")
	}
	prefs := test.NewTempApp(t).Preferences()
	m := loadMemory(prefs, dir)
	fmt.Printf("start %d\n", m.Version)
	for {
		next := savedState(m.Version + 1)
		next.Version = m.Version // saveMemory counts it up
		m = next
		if err := saveMemory(prefs, dir, &m); err != nil {
			fmt.Printf("error %v\n", err)
			os.Exit(3)
		}
		fmt.Printf("saved %d\n", m.Version)
	}
}

// TestMemorySurvivesKills kills a process that saves what Dossier remembers
// in a tight loop, with SIGKILL at a random moment, 50 times, and loads the
// memory after each kill the way the app does at start (loadMemory, with
// the preferences lost): it finds the last save the process reported, or
// the one it was writing, whole, and never an older one or a broken file.
func TestMemorySurvivesKills(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a subprocess 50 times; skipped with -short")
	}
	dir := t.TempDir()
	rounds, midWrite := 50, 0
	var last int64
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 0))
	for round := range rounds {
		cmd := exec.Command(os.Args[0], "-test.run=^TestMemoryKillHelper$", "-test.count=1", "-test.timeout=2m")
		cmd.Env = append(os.Environ(), killHelperDir+"="+dir)
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1<<16)
		go func() {
			s := bufio.NewScanner(stdout)
			for s.Scan() {
				lines <- s.Text()
			}
			close(lines)
		}()
		// Wait for the first save, then kill at a random moment of the next 80 ms.
		var acked int64 = -1
		var output []string
		for acked < 0 {
			line, ok := <-lines
			if !ok {
				cmd.Wait()
				t.Fatalf("round %d: the helper ended before saving:\n%s", round, strings.Join(output, "\n"))
			}
			output = append(output, line)
			if v, ok := strings.CutPrefix(line, "saved "); ok {
				acked, _ = strconv.ParseInt(v, 10, 64)
			}
		}
		time.Sleep(time.Duration(r.IntN(80_000)) * time.Microsecond)
		cmd.Process.Signal(syscall.SIGKILL)
		for line := range lines {
			output = append(output, line)
			if v, ok := strings.CutPrefix(line, "saved "); ok {
				acked, _ = strconv.ParseInt(v, 10, 64)
			}
		}
		cmd.Wait()
		if i := slices.IndexFunc(output, func(l string) bool { return strings.HasPrefix(l, "error ") }); i >= 0 {
			t.Fatalf("round %d: %s", round, output[i])
		}

		temps, _ := filepath.Glob(filepath.Join(dir, tempPattern(memoryFile)))
		if len(temps) > 0 {
			midWrite++ // killed between creating the temporary file and renaming it
		}
		got := loadMemory(test.NewTempApp(t).Preferences(), dir)
		if got.Version != acked && got.Version != acked+1 {
			t.Fatalf("round %d: loaded version %d, want the last saved %d or the next", round, got.Version, acked)
		}
		if want := savedState(got.Version); !equalMemory(got, want) {
			t.Fatalf("round %d: version %d holds %+v\nwant %+v", round, got.Version, summary(got), summary(want))
		}
		if got.Version < last {
			t.Fatalf("round %d: version %d is older than the %d loaded before", round, got.Version, last)
		}
		last = got.Version
		if left, _ := filepath.Glob(filepath.Join(dir, tempPattern(memoryFile))); len(left) > 0 {
			t.Errorf("round %d: loading left the temporary files %v", round, left)
		}
	}
	info, _ := os.Stat(filepath.Join(dir, memoryFile))
	t.Logf("%d kills, %d of them between creating and renaming the temporary file; %d saves in all, the copy is %d bytes",
		rounds, midWrite, last, info.Size())
}

func equalMemory(a, b memory) bool {
	return a.Version == b.Version && a.Theme == b.Theme && a.TextSize == b.TextSize && a.Corpus == b.Corpus &&
		a.Article == b.Article && a.Scroll == b.Scroll && slices.Equal(a.Bookmarks, b.Bookmarks)
}

func summary(m memory) string {
	return fmt.Sprintf("version %d, theme %q, size %v, corpus %q, article %q, scroll %v, %d bookmarks",
		m.Version, m.Theme, m.TextSize, m.Corpus, m.Article, m.Scroll, len(m.Bookmarks))
}
