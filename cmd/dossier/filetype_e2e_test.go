//go:build !js

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"dossier/internal/e2e"
)

// dossierType is the MIME type of a .dossier file, as
// packaging/nl.dossier.reader.xml declares it.
const dossierType = "application/x-dossier"

// packedSeeds are the seed articles packSeeds packs: three of the four, so
// that a window showing them ("3 artikelen") is not showing the built-in
// articles ("4 artikelen").
var packedSeeds = []string{"000_ff3dc8e55b17b03b.txt", "001_3ad7682215385845.txt", "003_0df74ff2f132de6e.txt"}

// packSeeds packs packedSeeds into a dossier file called name with the
// command line's `pack`, and returns its path.
func packSeeds(t *testing.T, name string) string {
	t.Helper()
	cli := e2e.GoBuild(t, "./cmd/dossier-cli", "dossier-cli", "CGO_ENABLED=0")
	dir := t.TempDir()
	for _, seed := range packedSeeds {
		data, err := os.ReadFile(filepath.Join(e2e.RepoRoot(), "corpus", seed))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, seed), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), name)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, cli, "pack", dir, "-o", file).CombinedOutput(); err != nil {
		t.Fatalf("dossier-cli pack %s -o %s: %v\n%s", dir, file, err, out)
	}
	return file
}

// openLikeAFileManager opens file as a file manager does on a double-click:
// it asks the shared MIME-info database, as installed for the user of env,
// for the file's type and for the desktop entry that opens that type, then
// has GIO open the file (gio open: the type, the default entry for it, its
// Exec line with the file for %f). The installed binary bin must start with
// the file, and its window show the dossier: its articles, the report of the
// opening and its name in the title. The app is stopped again.
func openLikeAFileManager(t *testing.T, env []string, display, file, bin, appID string) {
	t.Helper()
	if got := commandOutput(t, env, "xdg-mime", "query", "filetype", file); got != dossierType {
		t.Errorf("xdg-mime query filetype %s = %q, want %s", filepath.Base(file), got, dossierType)
	}
	if got := commandOutput(t, env, "xdg-mime", "query", "default", dossierType); got != appID+".desktop" {
		t.Errorf("xdg-mime query default %s = %q, want %s.desktop", dossierType, got, appID)
	}

	logPath := filepath.Join(t.TempDir(), "gio-open.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	open := exec.Command("gio", "open", file)
	open.Env = env
	open.Stdout, open.Stderr = logFile, logFile // a file: the app inherits it, and gio returns at once
	if err := open.Run(); err != nil {
		t.Fatalf("gio open %s: %v\n%s", file, err, readLog(logPath))
	}
	window, pid, stop := waitForLaunchedWindow(t, display, "Dossier", bin, logPath)
	defer stop()
	cmdline, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if args := strings.Split(strings.TrimSuffix(string(cmdline), "\x00"), "\x00"); err != nil || !slices.Equal(args, []string{bin, file}) {
		t.Errorf("gio open started %q (%v), want %s with the file", args, err, bin)
	}

	// The dossier's three articles, and the report that names it.
	shot := filepath.Join(e2e.OutputDir(t), "install-open-dossier.png")
	want := []string{filepath.Base(file), "dossierbestand", "3 artikelen", "Macrons", "Amerikaanse", "inlichtingendienst"}
	var text string
	seen := e2e.Eventually(60*time.Second, time.Second, func() bool {
		e2e.ScreenshotX11(t, display, shot)
		text = e2e.ReadText(t, shot)
		return len(wordsFound(text, want)) == len(want)
	})
	if !seen {
		t.Errorf("the screenshot %s shows %q of %q\ntext read:\n%s\napp output:\n%s",
			shot, wordsFound(text, want), want, text, readLog(logPath))
	}
	name, err := e2e.Run(context.Background(), []string{"DISPLAY=" + display}, "xdotool", "getwindowname", window)
	if wantTitle := "Dossier — " + filepath.Base(file); err != nil || strings.TrimSpace(name) != wantTitle {
		t.Errorf("the window is titled %q (%v), want %q", strings.TrimSpace(name), err, wantTitle)
	}
	stop()
	if strings.Contains(readLog(logPath), "panic") {
		t.Errorf("the app logged a panic:\n%s", readLog(logPath))
	}
}

// checkFileTypeGone checks that, after make uninstall, the MIME database of
// the user of env no longer knows file as a dossier, nor any entry that
// opens one.
func checkFileTypeGone(t *testing.T, env []string, file string) {
	t.Helper()
	if got := commandOutput(t, env, "xdg-mime", "query", "filetype", file); got == dossierType {
		t.Errorf("after make uninstall %s is still of type %s", filepath.Base(file), got)
	}
	if got := commandOutput(t, env, "xdg-mime", "query", "default", dossierType); got != "" {
		t.Errorf("after make uninstall %s still opens %s", got, dossierType)
	}
}

// commandOutput runs a query and returns what it printed, trimmed; a failing
// query fails the test.
func commandOutput(t *testing.T, env []string, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

// waitForLaunchedWindow waits for a window of class to appear on display,
// started by a launcher (gtk-launch, gio open) whose output goes to logPath,
// and checks that it belongs to the installed binary bin. It returns the
// window, its process id and a function that stops the process (called at
// the latest when the test ends): the launcher has returned, so the process
// is known only by its id.
func waitForLaunchedWindow(t *testing.T, display, class, bin, logPath string) (window string, pid int, stop func()) {
	t.Helper()
	xdotool := func(args ...string) (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return e2e.Run(ctx, []string{"DISPLAY=" + display}, "xdotool", args...)
	}
	shown := e2e.Eventually(60*time.Second, 300*time.Millisecond, func() bool {
		out, err := xdotool("search", "--onlyvisible", "--class", "^"+class+"$")
		window = strings.TrimSpace(strings.SplitN(out, "\n", 2)[0])
		return err == nil && window != ""
	})
	if !shown {
		t.Fatalf("no window of class %s appeared in 60s\n%s", class, readLog(logPath))
	}
	out, err := xdotool("getwindowpid", window)
	if err != nil {
		t.Fatal(err)
	}
	pid, err = strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		t.Fatalf("window %s has no process id: %q", window, out)
	}
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		syscall.Kill(pid, syscall.SIGTERM)
		if !e2e.Eventually(5*time.Second, 100*time.Millisecond, func() bool { return !processAlive(pid) }) {
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
	t.Cleanup(stop)
	if exe, err := os.Readlink(filepath.Join("/proc", strconv.Itoa(pid), "exe")); err != nil || exe != bin {
		t.Errorf("the window's process runs %q (%v), not the installed %s", exe, err, bin)
	}
	return window, pid, stop
}
