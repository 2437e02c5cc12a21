// Package provenance checks that the repository holds only its own writing:
// no sentence of the third-party articles in ../shared (the dev set and the
// article-extraction benchmark) may be copied into code, comments, tests or
// fixtures. Tests call Check on their package directory; the check skips,
// saying so, when ../shared is absent.
package provenance

import (
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// window is the length, in code points after white space is folded, of the
// runs compared. A run this long shared with a third-party article is a copy,
// not a coincidence of common words.
const window = 48

var (
	loadOnce sync.Once
	index    map[uint64]string // hash of a window -> the file it comes from
	names    map[string]string // dev-set person name -> the file naming it
	shared   string
)

// Check fails t for every file under dir (recursively, fuzz corpora included) that contains a run of third-party article text, or that names a
// person of the dev set's annotations in code or fixtures (see namesPerson).
func Check(t testing.TB, dir string) {
	t.Helper()
	loadOnce.Do(load)
	if index == nil {
		t.Skipf("provenance: %s absent: third-party text check skipped", filepath.Join("..", "shared"))
	}
	var found []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && path != dir {
				return filepath.SkipDir
			}
			return nil
		}
		if !textFile(path) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if src, frag := copied(string(b)); src != "" && !lexicon(path) {
			found = append(found, path+": text of "+src+": "+frag)
		}
		if namesPerson(path) {
			for name, src := range names {
				if strings.Contains(string(b), name) {
					found = append(found, path+": names "+name+" of "+src)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("provenance: %v", err)
	}
	sort.Strings(found)
	for _, f := range found {
		t.Errorf("third-party text in the repository: %s", f)
	}
}

// namesPerson tells whether a file may not name a dev-set person: code and
// fixtures may not (a rule naming one is a special case); tests and their
// testdata may name public figures in sentences of their own; lexicon data under data/ may list
// public figures as facts.
func namesPerson(path string) bool {
	if strings.HasSuffix(path, "_test.go") || strings.Contains(slashed(path), "/testdata/") {
		return false
	}
	return !lexicon(path)
}

// lexicon tells whether path is gazetteer or lexicon data (under data/ or
// gen/), whose long official names may coincide with a run of article text.
func lexicon(path string) bool {
	p := slashed(path)
	return strings.Contains(p, "/data/") || strings.Contains(p, "/gen/")
}

// slashed returns path with forward slashes and a leading one, so that a
// directory element matches whether the path is relative or not.
func slashed(path string) string {
	return "/" + filepath.ToSlash(path)
}

func textFile(path string) bool {
	switch filepath.Ext(path) {
	case ".go", ".json", ".tsv", ".txt", ".md", ".html", ".csv", ".yaml", ".yml":
		return true
	}
	return false
}

// copied reports the source and text of the first window of s found in the
// third-party index.
func copied(s string) (string, string) {
	rs := fold(s)
	for i := 0; i+window <= len(rs); i++ {
		if src, ok := index[hash(rs[i:i+window])]; ok {
			return src, string(rs[i : i+window])
		}
	}
	return "", ""
}

// fold keeps letters and digits, lower-cased, with single spaces between
// words, so that re-wrapping or re-quoting a copied sentence still matches.
func fold(s string) []rune {
	out := make([]rune, 0, len(s))
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
			space = false
		} else if !space && (unicode.IsSpace(r) || unicode.IsPunct(r)) {
			out = append(out, ' ')
			space = true
		}
	}
	return out
}

func hash(rs []rune) uint64 {
	h := fnv.New64a()
	var b [4]byte
	for _, r := range rs {
		b[0], b[1], b[2], b[3] = byte(r), byte(r>>8), byte(r>>16), byte(r>>24)
		h.Write(b[:])
	}
	return h.Sum64()
}

// load indexes every window of the dev-set texts, and every 16th window of
// the benchmark's article bodies (a copy of any length past 64 code points
// covers one of them).
func load() {
	root, err := moduleRoot()
	if err != nil {
		return
	}
	shared = filepath.Join(root, "..", "shared")
	devs, _ := filepath.Glob(filepath.Join(shared, "devset", "*.json"))
	if len(devs) == 0 {
		return
	}
	// Held-out annotation sets kept beside the checkout (holdout,
	// holdout2, …) are third-party text too.
	more, _ := filepath.Glob(filepath.Join(root, "..", "holdout*", "*.json"))
	devs = append(devs, more...)
	index = make(map[uint64]string)
	names = make(map[string]string)
	for _, p := range devs {
		var doc struct {
			Text string `json:"text"`
			Gold struct {
				People []struct {
					Name string `json:"name"`
				} `json:"people"`
			} `json:"gold"`
		}
		b, err := os.ReadFile(p)
		if err != nil || json.Unmarshal(b, &doc) != nil {
			continue
		}
		src := filepath.Base(p)
		rs := fold(doc.Text)
		for i := 0; i+window <= len(rs); i++ {
			index[hash(rs[i:i+window])] = src
		}
		for _, person := range doc.Gold.People {
			if strings.Contains(strings.TrimSpace(person.Name), " ") {
				names[strings.TrimSpace(person.Name)] = src
			}
		}
	}
	b, err := os.ReadFile(filepath.Join(shared, "bench", "aeb", "ground-truth.json"))
	if err != nil {
		return
	}
	var truth map[string]struct {
		Body string `json:"articleBody"`
	}
	if json.Unmarshal(b, &truth) != nil {
		return
	}
	for id, page := range truth {
		rs := fold(page.Body)
		for i := 0; i+window <= len(rs); i += 16 {
			index[hash(rs[i:i+window])] = "bench/aeb " + id
		}
	}
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
