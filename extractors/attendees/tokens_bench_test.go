package attendees

import (
	"os"
	"testing"
)

// BenchmarkTokenize splits and folds the seed article, the first stage of
// every Extract call.
func BenchmarkTokenize(b *testing.B) {
	text, err := os.ReadFile("../../../shared/seed/article.txt")
	if err != nil {
		b.Skip("../shared/seed absent: benchmark skipped")
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var toks []tok
	var fb []byte
	for b.Loop() {
		toks, fb = tokenizeBuf(s, toks, fb)
	}
	b.ReportMetric(float64(len(toks)), "tokens")
}
