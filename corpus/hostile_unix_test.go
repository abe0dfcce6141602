//go:build unix

package corpus_test

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"dossier/corpus"
)

// TestHostileSpecialFiles puts a named pipe, a socket and a device among the
// articles. Opening a named pipe for reading blocks until someone writes to
// it, so the loader must know them without opening them.
func TestHostileSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "ok.txt", article)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil { // not an article's name: left alone
		t.Fatal(err)
	}
	symlink(t, dir, "pipe.txt", "pipelink.txt")
	l, err := net.Listen("unix", filepath.Join(dir, "sock.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	wants := []want{
		{"pipe.txt", "a named pipe (FIFO), not a regular file: skipped", 0},
		{"pipelink.txt", "symbolic link to a named pipe (FIFO), not a regular file: skipped", 0},
		{"sock.txt", "a socket, not a regular file: skipped", 0},
	}
	// A device inside the folder, where the system lets us make one (root).
	if err := syscall.Mknod(filepath.Join(dir, "null.txt"), syscall.S_IFCHR|0o644, 1<<8|3); err == nil {
		wants = append(wants, want{"null.txt", "a character device, not a regular file: skipped", 0})
	} else {
		t.Logf("no device inside the folder (%v); the os.DirFS check below still covers one", err)
	}

	c, problems := loadDir(t, dir)
	if !slices.Equal(c.IDs(), []string{"ok"}) {
		t.Errorf("loaded %q", c.IDs())
	}
	checkProblems(t, dir, problems, wants)

	// Through os.DirFS a link may lead to /dev: a device is skipped unopened.
	symlink(t, dir, "/dev/zero", "zero.txt")
	c, problems, err = corpus.Load(context.Background(), os.DirFS(dir), corpus.LoadOptions{})
	if err != nil || c.Len() != 1 {
		t.Fatalf("os.DirFS: err %v, %d articles", err, c.Len())
	}
	if !slices.Contains(problemLines(t, problems), "zero.txt:1: symbolic link to a character device, not a regular file: skipped") {
		t.Errorf("os.DirFS: %q", problemLines(t, problems))
	}
}

// asNobody is set in the environment of the test binary run again as user
// nobody by TestHostileUnreadable.
const asNobody = "DOSSIER_TEST_AS_NOBODY"

// TestHostileUnreadable puts a file and a folder the user may not read in
// the folder. Root reads every file whatever its mode, so as root the test
// runs itself again as user nobody; where that is impossible it skips,
// saying why. (TestLoadUnreadableFile checks the same report through an
// fs.FS that refuses a file, whoever runs it.)
func TestHostileUnreadable(t *testing.T) {
	if os.Geteuid() == 0 && os.Getenv(asNobody) == "" {
		runAsNobody(t, "^TestHostileUnreadable$")
		return
	}
	dir := t.TempDir()
	writeFile(t, dir, "ok.txt", article)
	writeFile(t, dir, "secret.txt", article)
	writeFile(t, dir, "locked/inside.txt", article)
	for _, p := range []string{"secret.txt", "locked"} {
		if err := os.Chmod(filepath.Join(dir, p), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, p), 0o755) }) // so that t.TempDir can remove it
	}
	c, problems := loadDir(t, dir)
	if !slices.Equal(c.IDs(), []string{"ok"}) {
		t.Errorf("loaded %q", c.IDs())
	}
	checkProblems(t, dir, problems, []want{
		{"locked", "cannot read folder: permission denied", 0},
		{"secret.txt", "cannot open: permission denied", 0},
	})
}

// runAsNobody runs the tests matching pattern in a copy of this test binary
// as user nobody (65534), failing when they fail there, and skipping when the
// system will not run it so.
func runAsNobody(t *testing.T, pattern string) {
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("running as root, and cannot find the test binary to run again as nobody: %v", err)
	}
	// The copy, and a temporary folder, where nobody may reach them.
	shared, err := os.MkdirTemp("", "dossier-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(shared) })
	tmp := filepath.Join(shared, "tmp")
	if err := os.Mkdir(tmp, 0o777); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{shared, tmp} {
		if err := os.Chmod(p, 0o777|os.ModeSticky); err != nil {
			t.Fatal(err)
		}
	}
	binary := filepath.Join(shared, "corpus.test")
	if err := copyFile(exe, binary); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "-test.run="+pattern, "-test.v", "-test.count=1")
	cmd.Dir = shared
	cmd.Env = append(os.Environ(), asNobody+"=1", "TMPDIR="+tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil && strings.Contains(string(out), "--- PASS"):
		t.Logf("ran as nobody:\n%s", out)
	case err == nil || !errors.As(err, &exit):
		t.Skipf("running as root, where every file is readable, and cannot run the test again as user nobody: %v\n%s", err, out)
	default:
		t.Errorf("as user nobody: %v\n%s", err, out)
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
