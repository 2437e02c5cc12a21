package htmltext

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
	"unicode"
)

// aebDir is the article-extraction benchmark, read in place (never copied
// into the repository).
const aebDir = "../../../shared/bench/aeb"

// aebFloor is the F1 TestAEB must reach.
const aebFloor = 0.97

var (
	aebWorst = flag.Int("aeb.worst", 0, "print the N pages with the lowest F1")
	aebDump  = flag.String("aeb.dump", "", "write each page's truth and prediction under this directory")
)

// aebPage is one benchmark page with its ground truth.
type aebPage struct {
	id, url, truth string
	html           []byte
}

func loadAEB(tb testing.TB) []aebPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(aebDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("../shared/bench/aeb absent: article-extraction benchmark skipped (%v)", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		tb.Fatalf("ground-truth.json: %v", err)
	}
	pages := make([]aebPage, 0, len(gt))
	for id, g := range gt {
		f, err := os.ReadFile(filepath.Join(aebDir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatalf("page %s: %v", id, err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(f))
		if err != nil {
			tb.Fatalf("page %s: %v", id, err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			tb.Fatalf("page %s: %v", id, err)
		}
		pages = append(pages, aebPage{id: id, url: g.URL, truth: g.ArticleBody, html: body})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// aebTokens splits s into maximal runs of letters, numbers and '_'.
func aebTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// aebShingles is the multiset of consecutive 4-token tuples; 1 to 3 tokens
// make one shingle of all of them.
func aebShingles(s string) map[string]int {
	toks := aebTokens(s)
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		m[fmt.Sprint(toks)]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[fmt.Sprint(toks[i:i+4])]++
	}
	return m
}

// aebScore is one page's precision and recall, with whether each counts.
type aebScore struct {
	p, r             float64
	hasPred, hasTrue bool
}

func scorePage(truth, pred string) aebScore {
	t, p := aebShingles(truth), aebShingles(pred)
	var tp, fp, fn float64
	for k, pc := range p {
		tc := t[k]
		tp += float64(min(tc, pc))
		fp += float64(max(0, pc-tc))
	}
	for k, tc := range t {
		fn += float64(max(0, tc-p[k]))
	}
	if tot := tp + fp + fn; tot > 0 {
		tp, fp, fn = tp/tot, fp/tot, fn/tot
	}
	s := aebScore{hasPred: tp+fp > 0, hasTrue: tp+fn > 0}
	switch {
	case fp == 0 && fn == 0:
		s.p, s.r = 1, 1
	default:
		if tp+fp > 0 {
			s.p = tp / (tp + fp)
		}
		if tp+fn > 0 {
			s.r = tp / (tp + fn)
		}
	}
	return s
}

// aebMean returns precision, recall and F1 over the page scores.
func aebMean(scores []aebScore) (p, r, f1 float64) {
	var np, nr int
	for _, s := range scores {
		if s.hasPred {
			p += s.p
			np++
		}
		if s.hasTrue {
			r += s.r
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func TestAEBMetric(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		p, r              float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1},
		{"punctuation ignored", "one, two; three four!", "one two three four", 1, 1},
		{"half extra", "a b c d e", "a b c d e f g", 2.0 / 4, 1},
		{"short texts", "a b", "a b", 1, 1},
		{"empty prediction", "a b c d", "", 0, 0},
		{"case matters", "A b c d", "a b c d", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scorePage(tt.truth, tt.pred)
			if got.p != tt.p || got.r != tt.r {
				t.Errorf("scorePage = P %.3f R %.3f, want P %.3f R %.3f", got.p, got.r, tt.p, tt.r)
			}
		})
	}
	if got, want := fmt.Sprint(aebTokens("l'été 2023_x café\u0301s")), "[l été 2023_x café s]"; got != want {
		t.Errorf("aebTokens = %s, want %s", got, want)
	}
}

// TestAEB scores Extract on the article-extraction benchmark and prints
// F1, precision, recall and the time per page.
func TestAEB(t *testing.T) {
	pages := loadAEB(t)
	scores := make([]aebScore, len(pages))
	type worst struct {
		id  string
		s   aebScore
		url string
	}
	var all []worst
	start := time.Now()
	for i, pg := range pages {
		a, err := Extract(pg.html, "text/html", pg.url)
		if err != nil {
			t.Errorf("page %s: %v", pg.id, err)
			continue
		}
		scores[i] = scorePage(pg.truth, a.Text)
		if *aebDump != "" {
			_ = os.MkdirAll(*aebDump, 0o755)
			_ = os.WriteFile(filepath.Join(*aebDump, pg.id[:12]+".truth"), []byte(pg.truth), 0o644)
			_ = os.WriteFile(filepath.Join(*aebDump, pg.id[:12]+".pred"), []byte(a.Text), 0o644)
			_ = os.WriteFile(filepath.Join(*aebDump, pg.id[:12]+".html"), pg.html, 0o644)
			_ = os.WriteFile(filepath.Join(*aebDump, pg.id[:12]+".score"), fmt.Appendf(nil, "%.4f %.4f\n", scores[i].p, scores[i].r), 0o644)
		}
		all = append(all, worst{pg.id, scores[i], pg.url})
	}
	elapsed := time.Since(start)
	p, r, f1 := aebMean(scores)
	t.Logf("AEB %d pages: F1 %.4f  precision %.4f  recall %.4f  time/page %v",
		len(pages), f1, p, r, elapsed/time.Duration(len(pages)))
	if *aebWorst > 0 {
		f := func(s aebScore) float64 { return 2 * s.p * s.r / (s.p + s.r + 1e-9) }
		sort.Slice(all, func(i, j int) bool { return f(all[i].s) < f(all[j].s) })
		for _, w := range all[:min(*aebWorst, len(all))] {
			t.Logf("  %.3f P %.3f R %.3f %s %s", f(w.s), w.s.p, w.s.r, w.id[:12], w.url)
		}
	}
	if f1 < aebFloor {
		t.Errorf("AEB F1 = %.4f, want >= %.3f", f1, aebFloor)
	}
}

// BenchmarkAEB extracts one benchmark page per op, cycling through the
// 181 pages, so ns/op, B/op and allocs/op are per page.
func BenchmarkAEB(b *testing.B) {
	pages := loadAEB(b)
	var size int64
	for _, pg := range pages {
		size += int64(len(pg.html))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		pg := pages[i%len(pages)]
		i++
		if _, err := Extract(pg.html, "text/html", pg.url); err != nil {
			b.Fatal(err)
		}
	}
}
