//go:build !js

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"encoding/xml"
	"image"
	_ "image/png"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"dossier/internal/e2e"
)

// TestInstall packages the app with the real Makefile (`make package`),
// installs it for a user whose home is a temporary folder (`make install`),
// validates the installed desktop entry and AppStream file, starts the app
// from its menu entry with gtk-launch as a desktop does, reads a headline off
// a screenshot, opens a .dossier file as a file manager does (see
// openLikeAFileManager), and uninstalls it again (`make uninstall`), which
// takes the .dossier file type with it.
func TestInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("packages, installs and starts the desktop app; skipped with -short")
	}
	e2e.RequireTools(t, "make", "tar", "xz", "desktop-file-validate", "appstreamcli", "gtk-launch",
		"Xvfb", "xdotool", "xprop", "import", "convert", "tesseract",
		"update-mime-database", "update-desktop-database", "xdg-mime", "gio")

	root := e2e.RepoRoot()
	meta := readFyneApp(t, filepath.Join(root, "FyneApp.toml"))
	appID, version := meta["ID"], meta["Version"]
	if appID == "" || version == "" {
		t.Fatalf("FyneApp.toml names no ID or Version: %v", meta)
	}

	// The test's own build folder, so it neither uses nor replaces build/ of
	// the working tree; `make desktop` fills it from Go's build cache.
	build := t.TempDir()
	home := t.TempDir()
	local := filepath.Join(home, ".local")
	env := installEnv(t, home)

	runMake := func(args ...string) string {
		t.Helper()
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
		defer cancel()
		// BROTLI=1: the package's web build compressed in seconds, not minutes.
		cmd := exec.CommandContext(ctx, "make", append([]string{"--no-print-directory", "BUILD=" + build, "BROTLI=1"}, args...)...)
		cmd.Dir = root
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("make %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		t.Logf("make %s: %.1fs", strings.Join(args, " "), time.Since(start).Seconds())
		return string(out)
	}

	// make package: the archive, with the binary, the desktop entry, the icon,
	// the AppStream file, the .dossier file type and the Makefile that
	// installs them.
	runMake("package")
	pkgName := "dossier-" + version + "-linux-" + runtime.GOARCH
	archive := filepath.Join(build, pkgName+".tar.xz")
	if fi, err := os.Stat(archive); err != nil {
		t.Fatal(err)
	} else {
		t.Logf("%s: %.1f MB", filepath.Base(archive), float64(fi.Size())/1e6)
	}
	listing, err := exec.Command("tar", "-tJf", archive).Output()
	if err != nil {
		t.Fatalf("tar -tJf %s: %v", archive, err)
	}
	for _, want := range []string{
		"Makefile",
		"usr/local/bin/dossier",
		"usr/local/share/applications/" + appID + ".desktop",
		"usr/local/share/pixmaps/" + appID + ".png",
		"usr/local/share/metainfo/" + appID + ".metainfo.xml",
		"usr/local/share/mime/packages/" + appID + ".xml",
		"usr/local/bin/dossier-cli",
		"usr/local/share/dossier/web/index.html",
		"usr/local/share/dossier/web/shell.json",
	} {
		if !slices.Contains(strings.Fields(string(listing)), pkgName+"/"+want) {
			t.Errorf("the archive lacks %s/%s; it holds:\n%s", pkgName, want, listing)
		}
	}

	// make install, for the user whose home is home.
	runMake("install")
	bin := filepath.Join(local, "bin", "dossier")
	desktopFile := filepath.Join(local, "share", "applications", appID+".desktop")
	iconFile := filepath.Join(local, "share", "icons", "hicolor", "512x512", "apps", appID+".png")
	metainfoFile := filepath.Join(local, "share", "metainfo", appID+".metainfo.xml")
	mimeFile := filepath.Join(local, "share", "mime", "packages", appID+".xml")
	installed := []string{bin, desktopFile, iconFile, metainfoFile, mimeFile}
	for _, f := range installed {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("make install did not install %s: %v", f, err)
		}
	}
	if fi, _ := os.Stat(bin); fi.Mode()&0o111 == 0 {
		t.Errorf("%s is not executable: %v", bin, fi.Mode())
	}
	if w, h := pngSize(t, iconFile); w != 512 || h != 512 {
		t.Errorf("%s is %d×%d, not 512×512 as its folder says", iconFile, w, h)
	}

	// The desktop entry: valid, pointing at the installed binary, opening the
	// .dossier type one file at a time, in English and Dutch.
	runCheck(t, env, "desktop-file-validate", desktopFile)
	entry := readDesktopEntry(t, desktopFile)
	wantEntry := map[string]string{
		"Type": "Application", "Name": "Dossier", "Exec": bin + " %f", "Icon": appID,
		"StartupWMClass": "Dossier", "MimeType": dossierType + ";",
	}
	for key, want := range wantEntry {
		if entry[key] != want {
			t.Errorf("%s: %s=%q, want %q", desktopFile, key, entry[key], want)
		}
	}
	for _, key := range []string{"Comment", "Comment[nl]", "GenericName", "GenericName[nl]", "Categories", "Keywords", "Keywords[nl]"} {
		if entry[key] == "" {
			t.Errorf("%s has no %s", desktopFile, key)
		}
	}
	if entry["Comment"] == entry["Comment[nl]"] {
		t.Errorf("%s: Comment and Comment[nl] are the same: %q", desktopFile, entry["Comment"])
	}

	// The AppStream file: valid, naming the entry, and the version of FyneApp.toml.
	runCheck(t, env, "appstreamcli", "validate", "--no-net", "--strict", metainfoFile)
	checkMetainfo(t, metainfoFile, appID, version)

	// The archive's own Makefile, as a system-wide install staged in a folder:
	// appstreamcli checks the AppStream file together with its desktop entry and icon.
	staged := t.TempDir()
	runCheck(t, env, "make", "--no-print-directory", "-C", filepath.Join(build, "package", pkgName),
		"install", "DESTDIR="+staged, "PREFIX=/usr")
	runCheck(t, env, "appstreamcli", "validate-tree", "--no-net", "--strict", staged)
	if got := readDesktopEntry(t, filepath.Join(staged, "usr", "share", "applications", appID+".desktop"))["Exec"]; got != "/usr/bin/dossier %f" {
		t.Errorf("with PREFIX=/usr the entry says Exec=%s, want /usr/bin/dossier %%f", got)
	}
	// A staged install leaves the databases to whoever installs the staged files.
	if _, err := os.Stat(filepath.Join(staged, "usr", "share", "mime", "packages", appID+".xml")); err != nil {
		t.Errorf("the staged install lacks the file type: %v", err)
	}
	for _, generated := range []string{"usr/share/mime/mime.cache", "usr/share/applications/mimeinfo.cache"} {
		if _, err := os.Stat(filepath.Join(staged, generated)); err == nil {
			t.Errorf("a staged install (DESTDIR) wrote %s", generated)
		}
	}

	// Start it from the menu, as a desktop does: gtk-launch finds the entry by
	// its id in $XDG_DATA_HOME/applications and runs its Exec line.
	display := e2e.StartXvfb(t, 1280, 800)
	xenv := append(slices.Clone(env), "DISPLAY="+display, "LANG=nl_NL.UTF-8")
	logPath := filepath.Join(t.TempDir(), "app.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	launch := exec.Command("gtk-launch", appID)
	launch.Env = xenv
	// A file, not a pipe: the app inherits it, and gtk-launch returns at once.
	launch.Stdout, launch.Stderr = logFile, logFile
	if err := launch.Run(); err != nil {
		t.Fatalf("gtk-launch %s: %v\n%s", appID, err, readLog(logPath))
	}

	window, _, stop := waitForLaunchedWindow(t, display, entry["StartupWMClass"], bin, logPath)

	// The window's class is what the entry's StartupWMClass says, so the
	// desktop files the window under the entry (name and icon in the dock).
	class, err := e2e.Run(context.Background(), []string{"DISPLAY=" + display}, "xprop", "-id", window, "WM_CLASS")
	if err != nil {
		t.Fatal(err)
	}
	if want := `"` + entry["StartupWMClass"] + `"`; !strings.HasSuffix(strings.TrimSpace(class), want) {
		t.Errorf("the window's %s: its class is not StartupWMClass=%s", strings.TrimSpace(class), entry["StartupWMClass"])
	}

	shot := filepath.Join(e2e.OutputDir(t), "install-menu-launch.png")
	var text string
	seen := e2e.Eventually(30*time.Second, time.Second, func() bool {
		e2e.ScreenshotX11(t, display, shot)
		text = e2e.ReadText(t, shot)
		return len(wordsFound(text, seedListWords)) >= 4
	})
	if !seen {
		t.Fatalf("the screenshot %s shows %q of %q\ntext read:\n%s\napp output:\n%s",
			shot, wordsFound(text, seedListWords), seedListWords, text, readLog(logPath))
	}
	stop()
	if strings.Contains(readLog(logPath), "panic") {
		t.Errorf("the app logged a panic:\n%s", readLog(logPath))
	}

	// A double-click on a .dossier in a file manager opens it in Dossier.
	file := packSeeds(t, "spionage.dossier")
	openLikeAFileManager(t, xenv, display, file, bin, appID)

	// The archive alone publishes a dossier: its dossier-cli finds the web
	// build beside it, with no Go on the PATH.
	publishFromArchive(t, filepath.Join(build, "package", pkgName), file)

	// make uninstall removes exactly what make install put there, and the
	// MIME database forgets the .dossier type.
	runMake("uninstall")
	checkFileTypeGone(t, env, file)
	for _, f := range installed {
		if _, err := os.Stat(f); !os.IsNotExist(err) {
			t.Errorf("make uninstall left %s (%v)", f, err)
		}
	}
	filepath.WalkDir(local, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			t.Errorf("after make uninstall %s is still there", path)
		}
		return nil
	})
}

// installEnv is this process's environment for a user whose home is home, with
// nothing of the real user's folders left in it, and Go's caches kept so that
// `make` builds from them.
func installEnv(t *testing.T, home string) []string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE", "GOPATH", "GOENV").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	goenv := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(goenv) != 4 {
		t.Fatalf("go env printed %q", out)
	}
	set := map[string]string{
		"HOME":            home,
		"XDG_DATA_HOME":   filepath.Join(home, ".local", "share"),
		"XDG_CONFIG_HOME": filepath.Join(home, ".config"),
		"XDG_CACHE_HOME":  filepath.Join(home, ".cache"),
		"XDG_STATE_HOME":  filepath.Join(home, ".local", "state"),
		"GOCACHE":         goenv[0],
		"GOMODCACHE":      goenv[1],
		"GOPATH":          goenv[2],
		"GOENV":           goenv[3],
		"LANG":            "en_US.UTF-8",
	}
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case set[name] != "":
		// A make that runs this test passes its flags and job server down; this one runs on its own.
		case name == "MAKEFLAGS", name == "MFLAGS", name == "MAKELEVEL":
		// The variables that would redirect make install.
		case name == "PREFIX", name == "BINDIR", name == "DATADIR", name == "DESTDIR":
		default:
			env = append(env, kv)
		}
	}
	for name, value := range set {
		env = append(env, name+"="+value)
	}
	return env
}

// runCheck runs a checking command and fails the test if it fails or reports anything.
func runCheck(t *testing.T, env []string, name string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	t.Logf("%s %s: %s", name, strings.Join(args, " "), strings.TrimSpace(string(out)))
}

// readFyneApp reads the key = "value" lines of FyneApp.toml's [Details].
func readFyneApp(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	meta := map[string]string{}
	section := ""
	line := regexp.MustCompile(`^\s*(\w+)\s*=\s*"([^"]*)"`)
	for _, l := range strings.Split(string(data), "\n") {
		if s := strings.TrimSpace(l); strings.HasPrefix(s, "[") {
			section = s
		} else if m := line.FindStringSubmatch(l); m != nil && section == "[Details]" {
			meta[m[1]] = m[2]
		}
	}
	return meta
}

// readDesktopEntry reads the keys of a desktop file's [Desktop Entry] group.
func readDesktopEntry(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	entry := map[string]string{}
	group := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			if key, value, ok := strings.Cut(line, "="); ok {
				entry[strings.TrimSpace(key)] = strings.TrimSpace(value)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return entry
}

// checkMetainfo checks the AppStream file's id, launchable and newest release.
func checkMetainfo(t *testing.T, path, appID, version string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var component struct {
		ID         string `xml:"id"`
		Launchable []struct {
			Type string `xml:"type,attr"`
			ID   string `xml:",chardata"`
		} `xml:"launchable"`
		Releases []struct {
			Version string `xml:"version,attr"`
		} `xml:"releases>release"`
	}
	if err := xml.Unmarshal(data, &component); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if component.ID != appID {
		t.Errorf("%s: id %q, want %q", path, component.ID, appID)
	}
	if len(component.Launchable) != 1 || component.Launchable[0].Type != "desktop-id" || component.Launchable[0].ID != appID+".desktop" {
		t.Errorf("%s: launchable %+v, want desktop-id %s.desktop", path, component.Launchable, appID)
	}
	if len(component.Releases) == 0 || component.Releases[0].Version != version {
		t.Errorf("%s: newest release %+v, want version %s as in FyneApp.toml", path, component.Releases, version)
	}
}

func pngSize(t *testing.T, path string) (int, int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return cfg.Width, cfg.Height
}

func processAlive(pid int) bool {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return false
	}
	// A zombie (state Z) has exited and waits for its parent to reap it.
	fields := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	return len(fields) > 0 && fields[0] != "Z"
}

func readLog(path string) string {
	data, _ := os.ReadFile(path)
	return string(data)
}

// publishFromArchive runs the unpacked archive's dossier-cli publish on
// file, with a PATH of the system's folders only (no Go toolchain of ours)
// and a home of its own, and checks the site it writes.
func publishFromArchive(t *testing.T, tree, file string) {
	t.Helper()
	cmd := exec.Command(filepath.Join(tree, "usr", "local", "bin", "dossier-cli"), "publish", file, "--out", filepath.Join(t.TempDir(), "site"), "--json")
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + t.TempDir()}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the archive's dossier-cli publish: %v\n%s", err, out)
	}
	var site struct {
		Out      string `json:"out"`
		Articles int    `json:"articles"`
		Dossier  string `json:"dossier"`
	}
	if err := json.Unmarshal(out, &site); err != nil {
		t.Fatalf("publish --json printed %q: %v", out, err)
	}
	if site.Articles != len(packedSeeds) {
		t.Errorf("the site publishes %d articles, want %d", site.Articles, len(packedSeeds))
	}
	page, err := os.ReadFile(filepath.Join(site.Out, "index.html"))
	if err != nil || !strings.Contains(string(page), site.Dossier) {
		t.Errorf("the site's page does not name its dossier %s: %v", site.Dossier, err)
	}
	if _, err := os.Stat(filepath.Join(site.Out, site.Dossier)); err != nil {
		t.Error(err)
	}
}
