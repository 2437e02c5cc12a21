// Package golden compares test output with golden files and rewrites them
// when the test binary runs with -update:
//
//	go test ./extractors/dates -run Golden -update
//
// The -update flag is registered once, here, in every test binary that
// imports the package; only tests import it. Check and CheckJSON are safe
// for concurrent use on different paths.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// Check compares got with the golden file at path and fails t, showing the
// first differing line and got in full, when they differ or the file cannot
// be read. With -update it writes got to path instead (failing t if it
// cannot).
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	n, g, w := firstDiff(got, want)
	t.Errorf("output differs from %s at line %d (run go test -update after checking):\n got: %s\nwant: %s\nfull output:\n%s", path, n, g, w, got)
}

// CheckJSON is Check of v marshalled as indented JSON (two spaces) with a
// final newline; it fails t if v does not marshal.
func CheckJSON(t testing.TB, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	Check(t, path, append(got, '\n'))
}

// ForEach runs fn as a subtest for every file matching pattern (a
// filepath.Glob pattern), named by the file's base name without its
// extension, with the file's content. It fails t when no file matches or a
// file cannot be read.
func ForEach(t *testing.T, pattern string, fn func(t *testing.T, name string, input []byte)) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs match %s: %v", pattern, err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fn(t, name, b)
		})
	}
}

// firstDiff returns the 1-based number of the first line where a and b
// differ, and that line of each ("" past the end).
func firstDiff(a, b []byte) (int, []byte, []byte) {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; ; i++ {
		var x, y []byte
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if !bytes.Equal(x, y) || i >= len(la) || i >= len(lb) {
			return i + 1, x, y
		}
	}
}
