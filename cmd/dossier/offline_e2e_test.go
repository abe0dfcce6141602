//go:build !js

package main

import (
	"bufio"
	"debug/buildinfo"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"dossier/internal/e2e"
)

// TestDesktopOffline runs the real desktop app under Xvfb in a network
// namespace of its own, which has nothing but a loopback interface that is
// down, and uses it: it types a query and reads the results, and opens
// Help › About and reads the version, the build and the credits. The app
// runs under strace, which records every network system call it makes
// (socket, connect, sendto, …): the only sockets allowed are AF_UNIX ones,
// which cannot leave the machine. It needs them for the X server (the
// path socket /tmp/.X11-unix/Xn: the abstract one is per network namespace
// and refused here) and glibc uses one to ask nscd about the user
// (getpwuid, from os/user); a D-Bus session bus would be another. Any
// other family fails the test: AF_INET or AF_INET6 is a connection or a
// name lookup, AF_NETLINK the interface list that Go's net package and
// glibc's getaddrinfo (AI_ADDRCONFIG) read before they go on the network,
// AF_PACKET a raw socket. None of them appears in a session today.
//
// The X server runs outside the namespace; the app reaches it through the
// socket's path, which crosses network namespaces.
func TestDesktopOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the desktop app; skipped with -short")
	}
	e2e.RequireTools(t, "Xvfb", "import", "xdotool", "convert", "tesseract", "unshare", "strace")
	netdev, err := exec.Command("unshare", "-n", "cat", "/proc/net/dev").CombinedOutput()
	if err != nil {
		msg := "this machine cannot make a network namespace (unshare -n needs root or user namespaces): " + strings.TrimSpace(string(netdev))
		if e2e.Required() {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if ifaces := interfaces(string(netdev)); !slices.Equal(ifaces, []string{"lo"}) {
		t.Fatalf("the new network namespace has the interfaces %v, want only lo", ifaces)
	}

	bin := e2e.GoBuild(t, "./cmd/dossier", "dossier", "CGO_ENABLED=1")
	trace := filepath.Join(t.TempDir(), "strace.txt")
	app := launchDesktopApp(t, bin, e2e.StartXvfb(t, 1280, 800), launch{
		wrap: []string{"unshare", "-n", "--", "strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=network", "-o", trace},
	})
	out := e2e.OutputDir(t)

	// A session: the list, a misspelt query, the About dialog.
	app.waitForText(filepath.Join(out, "offline.png"), seedListWords, 4)
	if _, err := app.xdotool("type", "--delay", "60", "pegasis"); err != nil {
		t.Fatal(err)
	}
	app.waitForText(filepath.Join(out, "offline-pegasis.png"), []string{"Bedoelde", "Pegasus", "artikel", "Macrons"}, 4)
	about := app.openAbout(filepath.Join(out, "offline-about.png"))
	for _, want := range aboutFacts(t, bin) {
		if !strings.Contains(about, want) {
			t.Errorf("the About dialog does not say %q; read:\n%s", want, about)
		}
	}

	// End the session, which makes strace write out the whole trace.
	app.stop()
	sockets, peers, forbidden := readNetworkTrace(t, trace)
	t.Logf("network system calls of the session: %d sockets, all AF_UNIX; AF_UNIX peers: %q", sockets, peers)
	for _, line := range forbidden {
		t.Errorf("the app used the network: %s", line)
	}
	if !slices.ContainsFunc(peers, func(p string) bool { return strings.Contains(p, "/tmp/.X11-unix/X") }) {
		t.Errorf("the trace shows no connection to the X server: was the app traced? peers %q", peers)
	}
}

// interfaces lists the interfaces /proc/net/dev names.
func interfaces(netdev string) []string {
	var names []string
	for _, line := range strings.Split(netdev, "\n") {
		if name, _, ok := strings.Cut(line, ":"); ok && !strings.Contains(name, "|") {
			names = append(names, strings.TrimSpace(name))
		}
	}
	return names
}

// openAbout opens Help › About Dossier with two clicks found by OCR on the
// screen, and returns the text read off the dialog, on one line.
func (a *launchedApp) openAbout(shot string) string {
	t := a.t
	t.Helper()
	// click finds a phrase on the screen, within in when it is not empty,
	// and clicks it.
	click := func(phrase, path string, in image.Rectangle) e2e.Word {
		t.Helper()
		var w e2e.Word
		found := e2e.Eventually(20*time.Second, 300*time.Millisecond, func() bool {
			var ok bool
			e2e.ScreenshotX11(t, a.display, path)
			w, ok = findPhrase(e2e.ReadWordsIn(t, path, in), strings.Fields(phrase))
			return ok
		})
		if !found {
			t.Fatalf("no %q on the screen (see %s)", phrase, path)
		}
		x, y := w.Center()
		if _, err := a.xdotool("mousemove", strconv.Itoa(x), strconv.Itoa(y), "click", "1"); err != nil {
			t.Fatal(err)
		}
		return w
	}
	var text string
	// Under strace a click can reach the menu before it takes input: when
	// the dialog does not come, the menu is opened and clicked again.
	for range 3 {
		help := click("Help", shot, image.Rectangle{})
		// The menu opens under Help: read only there, where the window's
		// text behind the menu cannot run into its items.
		menu := image.Rect(max(help.Left-20, 0), help.Top+help.H, help.Left+300, help.Top+help.H+220)
		click("Over Dossier", shot, menu)
		if e2e.Eventually(10*time.Second, 500*time.Millisecond, func() bool {
			text = strings.Join(strings.Fields(joinWords(a.screenshot(shot))), " ")
			return strings.Contains(text, "Met dank aan") && strings.Contains(text, "fyne.io")
		}) {
			break
		}
		a.xdotool("key", "Escape")
	}
	return text
}

// findPhrase finds words read one after the other on one line, and returns
// the first.
func findPhrase(words []e2e.Word, phrase []string) (e2e.Word, bool) {
	for i := range words {
		if i+len(phrase) > len(words) {
			break
		}
		match := true
		for j, p := range phrase {
			w, ok := e2e.FindWord(words[i+j:i+j+1], p)
			if !ok || w.Line != words[i].Line {
				match = false
				break
			}
		}
		if match {
			return words[i], true
		}
	}
	return e2e.Word{}, false
}

// aboutFacts are what the About dialog of the binary bin must say: the
// version and build of FyneApp.toml, and from the binary's own build
// information the Go version, the commit (when the build recorded one:
// GOFLAGS=-buildvcs=false or a tree without git leaves it out) and Fyne's
// version.
func aboutFacts(t *testing.T, bin string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(e2e.RepoRoot(), "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	find := func(pattern string) string {
		m := regexp.MustCompile(pattern).FindStringSubmatch(string(data))
		if m == nil {
			t.Fatalf("FyneApp.toml has no %s", pattern)
		}
		return m[1]
	}
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	facts := []string{
		"Over Dossier",
		"Versie " + find(`(?m)^\s*Version\s*=\s*"([^"]+)"`) + " (build " + find(`(?m)^\s*Build\s*=\s*(\d+)`) + ")",
		"Gebouwd met Go " + strings.TrimPrefix(info.GoVersion, "go"),
		"De ingebouwde artikelen", "4 artikelen",
		"Licentie",
		"Natural Earth 4.1.0", "world-atlas 2.0.2", "CLDR", "Snowball",
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			facts = append(facts, "Revisie "+s.Value[:min(12, len(s.Value))])
		}
	}
	for _, d := range info.Deps {
		if d.Path == "fyne.io/fyne/v2" {
			facts = append(facts, "Fyne "+d.Version)
		}
	}
	return facts
}

// readNetworkTrace reads strace's record of the network system calls and
// returns how many sockets were made, the AF_UNIX addresses connected to,
// and every call that used another address family.
func readNetworkTrace(t *testing.T, path string) (sockets int, unixPeers, forbidden []string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	family := regexp.MustCompile(`\b(?:socket|socketpair)\((AF_\w+|\d+)`)
	address := regexp.MustCompile(`sa_family=(AF_\w+|\d+)(?:, sun_path=(@?"[^"]*"))?`)
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 1<<20), 1<<20)
	for s.Scan() {
		line := s.Text()
		if m := family.FindStringSubmatch(line); m != nil {
			sockets++
			if m[1] != "AF_UNIX" && m[1] != "AF_LOCAL" {
				forbidden = append(forbidden, line)
			}
		}
		for _, m := range address.FindAllStringSubmatch(line, -1) {
			switch {
			case m[1] != "AF_UNIX" && m[1] != "AF_LOCAL":
				forbidden = append(forbidden, line)
			case m[2] != "" && !slices.Contains(unixPeers, m[2]):
				unixPeers = append(unixPeers, m[2])
			}
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return sockets, unixPeers, slices.Compact(forbidden)
}

// TestReadNetworkTrace checks the reading of strace's output on calls that
// TestDesktopOffline must let through and calls it must catch.
func TestReadNetworkTrace(t *testing.T) {
	trace := filepath.Join(t.TempDir(), "strace.txt")
	os.WriteFile(trace, []byte(`101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 8
101 connect(8, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X3"}, 21) = -1 ECONNREFUSED (Connection refused)
101 connect(8, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X3"}, 110) = 0
102 socketpair(AF_UNIX, SOCK_STREAM, 0, [9, 10]) = 0
103 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP <unfinished ...>
103 <... socket resumed>) = 11
103 connect(11, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = -1 ENETUNREACH (Network is unreachable)
104 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 12
105 sendto(13, "x", 1, 0, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH
106 --- SIGURG {si_signo=SIGURG, si_code=SI_TKILL, si_pid=106, si_uid=0} ---
`), 0o600)
	sockets, peers, forbidden := readNetworkTrace(t, trace)
	if sockets != 4 {
		t.Errorf("%d sockets, want 4", sockets)
	}
	if want := []string{`@"/tmp/.X11-unix/X3"`, `"/tmp/.X11-unix/X3"`}; !slices.Equal(peers, want) {
		t.Errorf("AF_UNIX peers %q, want %q", peers, want)
	}
	if len(forbidden) != 4 {
		t.Errorf("caught %d calls, want the AF_INET socket and connect, the AF_NETLINK socket and the AF_INET6 sendto:\n%s",
			len(forbidden), strings.Join(forbidden, "\n"))
	}
}
