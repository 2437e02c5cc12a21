package attendees_test

import (
	"os"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

// BenchmarkSeed extracts the participants of the seed article; the places
// result is computed once, outside the loop.
func BenchmarkSeed(b *testing.B) {
	text, err := os.ReadFile("../../../shared/seed/article.txt")
	if err != nil {
		b.Skip("../shared/seed absent: benchmark skipped")
	}
	doc := extractors.NewDocument(string(text), "ar", time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC))
	pl := testPlaces.Extract(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		testEx.Extract(doc, pl)
	}
}
