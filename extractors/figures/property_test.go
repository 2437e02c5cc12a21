package figures

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/internal/devset"
)

// checkFigures asserts what must hold of any output: each span's Text is
// the runes of the text between Start and End, values are finite, kinds
// and units are well formed, and figures come in text order.
func checkFigures(t testing.TB, text string, figs []Figure) {
	t.Helper()
	runes := []rune(text)
	prev := -1
	for _, f := range figs {
		if f.Start < 0 || f.End > len(runes) || f.Start >= f.End {
			t.Fatalf("span [%d,%d) out of range for %d runes in %q", f.Start, f.End, len(runes), text)
		}
		if got := string(runes[f.Start:f.End]); got != f.Text {
			t.Fatalf("span [%d,%d) is %q, Text is %q", f.Start, f.End, got, f.Text)
		}
		if f.Start < prev {
			t.Fatalf("figure %q at %d comes before the previous one at %d", f.Text, f.Start, prev)
		}
		prev = f.Start
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) || f.Value <= 0 {
			t.Fatalf("figure %q has value %v", f.Text, f.Value)
		}
		if f.MaxValue != nil && !(*f.MaxValue > f.Value) {
			t.Fatalf("figure %q has max %v not above %v", f.Text, *f.MaxValue, f.Value)
		}
		switch f.Kind {
		case "money":
			if len(f.Unit) != 3 || strings.ToUpper(f.Unit) != f.Unit {
				t.Fatalf("money %q has unit %q", f.Text, f.Unit)
			}
		case "percent":
			if f.Unit != "percent" {
				t.Fatalf("percent %q has unit %q", f.Text, f.Unit)
			}
		case "count", "quantity":
		default:
			t.Fatalf("figure %q has kind %q", f.Text, f.Kind)
		}
	}
}

// propertyTexts gathers every text the tests know: table sentences, golden
// articles, the dev set when present, and random mixes of their pieces.
func propertyTexts(t testing.TB) []string {
	var texts []string
	for _, cs := range [][]tcase{arabicCases, englishCases, frenchCases} {
		for _, c := range cs {
			texts = append(texts, c.text)
		}
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if devset.Available() {
		for _, g := range devset.Load(t) {
			texts = append(texts, g.Text)
		}
	}
	// Random splices: pieces of known texts glued with separators that
	// stress the number reader.
	rng := rand.New(rand.NewSource(1))
	glue := []string{" ", "", ",", "،", "٫", ".", " و", "-", "\u00a0", "\u202f", "ـــ", "%", "$", "\n", "٣", "9"}
	base := len(texts)
	for i := 0; i < 400; i++ {
		var b strings.Builder
		for j := 0; j < 1+rng.Intn(6); j++ {
			r := []rune(texts[rng.Intn(base)])
			a := rng.Intn(len(r))
			e := a + rng.Intn(min(40, len(r)-a)+1)
			b.WriteString(string(r[a:e]))
			b.WriteString(glue[rng.Intn(len(glue))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestSpanProperty(t *testing.T) {
	ex := New()
	for _, text := range propertyTexts(t) {
		for _, lang := range []string{"ar", "en", "fr", "und"} {
			checkFigures(t, text, ex.Extract(extractors.NewDocument(text, lang, time.Time{}), nil))
		}
	}
}

// TestTakenSpans checks that numbers inside spans another extractor took
// are left out.
func TestTakenSpans(t *testing.T) {
	text := "وقع البلدان 12 اتفاقية يوم 15 مارس"
	doc := extractors.NewDocument(text, "ar", time.Time{})
	all := New().Extract(doc, nil)
	if len(all) != 1 || all[0].Value != 12 {
		t.Fatalf("without taken spans got %+v, want one figure 12", all)
	}
	r := []rune(text)
	start := strings.Index(string(r), "12")
	taken := []extractors.Span{{Text: "12", Start: len([]rune(text[:start])), End: len([]rune(text[:start])) + 2}}
	if got := New().Extract(doc, taken); len(got) != 0 {
		t.Errorf("with the number taken got %+v, want none", got)
	}
}

// TestHostileInputs feeds inputs that would make a careless number reader
// overflow or loop: they must come back, with no figure from the runs.
func TestHostileInputs(t *testing.T) {
	inputs := map[string]string{
		"100000 digits":   strings.Repeat("9", 100000),
		"million commas":  "1" + strings.Repeat(",", 1000000) + "2",
		"digit commas":    strings.Repeat("1,", 200000),
		"endless tatweel": "مليون" + strings.Repeat("ـ", 300000) + " دولار",
		"spaced groups":   strings.Repeat("123 ", 50000),
		"number words":    strings.Repeat("ألف و", 50000),
		"scale chain":     "3" + strings.Repeat(" مليار", 50000),
		"french words":    strings.Repeat("quatre-vingt-", 50000),
		"dots":            strings.Repeat("1.", 200000),
		"arabic digits":   strings.Repeat("٩", 100000) + " دولار",
		"percent storm":   strings.Repeat("%", 100000),
		"mixed":           strings.Repeat("$1bn،٫5 ", 20000),
	}
	ex := New()
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			figs := ex.Extract(extractors.NewDocument(in, "ar", time.Time{}), nil)
			checkFigures(t, in, figs)
			for _, f := range figs {
				if f.Value > 1e30 {
					t.Errorf("value %v from %s", f.Value, name)
				}
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, cs := range [][]tcase{arabicCases, englishCases, frenchCases} {
		for _, c := range cs {
			f.Add(c.text, c.lang)
		}
	}
	f.Add("1"+strings.Repeat(",000", 20), "en")
	f.Add("ـــ٥٫٥ـــ مليار", "ar")
	ex := New()
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkFigures(t, text, ex.Extract(extractors.NewDocument(text, lang, time.Time{}), nil))
	})
}

func BenchmarkExtractSeed(b *testing.B) {
	text, err := os.ReadFile("../../../shared/seed/article.txt")
	if err != nil {
		b.Skip("../shared/seed absent: seed benchmark skipped")
	}
	ex := New()
	doc := extractors.NewDocument(string(text), "ar", time.Time{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ex.Extract(doc, nil)
	}
}

// TestConcurrentExtract runs one Extractor from many goroutines (run it
// with -race): results must match a serial run.
func TestConcurrentExtract(t *testing.T) {
	ex := New()
	var texts []tcase
	for _, cs := range [][]tcase{arabicCases, englishCases, frenchCases} {
		texts = append(texts, cs...)
	}
	want := make([]int, len(texts))
	for i, c := range texts {
		want[i] = len(ex.Extract(extractors.NewDocument(c.text, c.lang, time.Time{}), nil))
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for i := range texts {
				c := texts[(i+g*37)%len(texts)]
				got := len(ex.Extract(extractors.NewDocument(c.text, c.lang, time.Time{}), nil))
				if got != want[(i+g*37)%len(texts)] {
					done <- fmt.Errorf("goroutine %d: %q gave %d figures, serially %d", g, c.text, got, want[(i+g*37)%len(texts)])
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
