package places

import (
	"os"
	"runtime"
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
