//go:build unix

package attendees_test

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

// BenchmarkSeed extracts the participants of the seed article; the places
// result is computed once, outside the loop. Besides ns/op (wall clock,
// which a busy machine inflates) it reports cpu-ns/op, the process's user
// and system time per article.
func BenchmarkSeed(b *testing.B) {
	text, err := os.ReadFile("../../../shared/seed/article.txt")
	if err != nil {
		b.Skip("../shared/seed absent: benchmark skipped")
	}
	doc := extractors.NewDocument(string(text), "ar", time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC))
	pl := testPlaces.Extract(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	before, start := cpuTime(), time.Now()
	n := 0
	for b.Loop() {
		testEx.Extract(doc, pl)
		n++
	}
	b.ReportMetric(float64(cpuTime()-before)/float64(n), "cpu-ns/op")
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
