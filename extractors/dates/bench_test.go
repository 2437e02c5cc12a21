package dates

import (
	"os"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

const seedPath = "../../../shared/seed/article.txt"

func benchExtract(b *testing.B, text, lang string) {
	doc := extractors.NewDocument(text, lang, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC))
	ex := New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start, unlock := threadCPU()
	defer unlock()
	n := 0
	for b.Loop() {
		ex.Extract(doc)
		n++
	}
	if end, _ := threadCPU(); start >= 0 && end >= start && n > 0 {
		b.ReportMetric(float64(end-start)/float64(n), "cpu-ns/op")
	}
}

// BenchmarkExtractSeed measures one pass over the seed article.
func BenchmarkExtractSeed(b *testing.B) {
	text, err := os.ReadFile(seedPath)
	if err != nil {
		b.Skip("../shared/seed absent: seed benchmark skipped")
	}
	benchExtract(b, string(text), "ar")
}

// BenchmarkExtractGolden measures our own Gulf article, which is dense in
// dates.
func BenchmarkExtractGolden(b *testing.B) {
	text, err := os.ReadFile("testdata/articles/ar-gulf.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchExtract(b, string(text), "ar")
}
