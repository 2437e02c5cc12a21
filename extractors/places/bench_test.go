package places

import (
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

// BenchmarkLoad parses the embedded gazetteer from scratch (Default parses
// it once per process).
// It also reports the heap one loaded gazetteer keeps live (MB-live).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var g *Gazetteer
	for b.Loop() {
		if g = load(gazetteerTSV, ambiguousTSV); len(g.entries) == 0 {
			b.Fatal("empty gazetteer")
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	g = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	g = load(gazetteerTSV, ambiguousTSV)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(g)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-live")
}

// BenchmarkExtractSeed extracts the places of the seed article.
func BenchmarkExtractSeed(b *testing.B) {
	text, err := os.ReadFile("../../../shared/seed/article.txt")
	if err != nil {
		b.Skip("../shared/seed absent: seed benchmark skipped")
	}
	doc := extractors.NewDocument(string(text), "ar", time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC))
	ex := New(Default())
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ex.Extract(doc)
	}
}

// longText repeats a line of ordinary words, with names that resolution
// turns away (a common word that is also a town, a surname), up to n bytes
// and without a line break: the shape of a hostile or malformed article.
func longText(n int) string {
	const line = "وقال المتحدث إن الخميس شهد نقاشاً حول إطار العمل في جدة الجديدة، and Mr Warren said the Nice plan was fine. "
	b := make([]byte, 0, n+len(line))
	for len(b) < n {
		b = append(b, line...)
	}
	return string(b)
}

// BenchmarkExtractLong extracts from 64 KB and 512 KB of one long line;
// the time per byte should not grow with the length.
func BenchmarkExtractLong(b *testing.B) {
	ex := New(Default())
	for _, n := range []int{64 << 10, 512 << 10} {
		text := longText(n)
		doc := extractors.NewDocument(text, "ar", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
		b.Run(strconv.Itoa(n>>10)+"KB", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				ex.Extract(doc)
			}
		})
	}
}
