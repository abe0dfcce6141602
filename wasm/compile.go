package wasm

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ReleaseFlags are the go build flags of a release web build: no file paths
// and no symbol or debug tables in the module (-trimpath, -s -w); no_emoji,
// which leaves out Fyne's emoji font, a quarter of a hello-world's
// download, that Dossier's interface does not use; and no_animations, which
// keeps a text field's cursor from blinking: Fyne draws the whole window
// for every step of the cursor's fade, a dozen drawings a second while the
// search field has the focus, and in a large collection's window in the
// browser each took 70 ms of the page's one thread and the GPU, also
// between the keys of a word being typed.
func ReleaseFlags() []string {
	return []string{"-trimpath", "-ldflags=-s -w", "-tags", "no_emoji,no_animations"}
}

// ProfileFlags are ReleaseFlags that keep the module's function names (its
// name section), so that a profile of it in the browser names Go's
// functions: wasm/profile builds with them.
func ProfileFlags() []string {
	return []string{"-trimpath", "-tags", "no_emoji,no_animations"}
}

// Compiled is a package built for the browser.
type Compiled struct {
	Wasm     []byte // the module
	WasmExec []byte // the JavaScript support file of the same Go toolchain
}

// Compile builds the package pkg of the module in dir for GOOS=js
// GOARCH=wasm with ReleaseFlags and Fyne's painter keeping its text shapers
// (see fyneshaper.go), and reads the wasm_exec.js that must go with
// it. env adds to the environment of the go command (GOFLAGS=-mod=mod…).
func Compile(ctx context.Context, dir, pkg string, env ...string) (Compiled, error) {
	return CompileWith(ctx, dir, pkg, ReleaseFlags(), env...)
}

// CompileWith is Compile with other build flags (ProfileFlags).
func CompileWith(ctx context.Context, dir, pkg string, flags []string, env ...string) (Compiled, error) {
	tmp, err := os.MkdirTemp("", "wasm-build-")
	if err != nil {
		return Compiled{}, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "app.wasm")

	environ := append(os.Environ(), env...)
	environ = append(environ, "GOOS=js", "GOARCH=wasm")
	patch, err := fyneModfile(ctx, dir, environ, tmp)
	if err != nil {
		return Compiled{}, err
	}
	args := append(append(append([]string{"build"}, flags...), patch...), "-o", out, pkg)
	if _, err := goCommand(ctx, dir, environ, args...); err != nil {
		return Compiled{}, err
	}
	// GOROOT as the go command sees it in dir: a module may select another
	// toolchain, and wasm_exec.js must be the one of the compiler used.
	goroot, err := goCommand(ctx, dir, environ, "env", "GOROOT")
	if err != nil {
		return Compiled{}, err
	}
	var c Compiled
	if c.Wasm, err = os.ReadFile(out); err != nil {
		return Compiled{}, err
	}
	// lib/wasm since Go 1.24, misc/wasm before.
	for _, rel := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		if c.WasmExec, err = os.ReadFile(filepath.Join(strings.TrimSpace(goroot), rel)); err == nil {
			return c, nil
		}
	}
	return Compiled{}, fmt.Errorf("no wasm_exec.js in %s: %w", goroot, err)
}

func goCommand(ctx context.Context, dir string, env []string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String(), nil
}
