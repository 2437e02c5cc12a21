package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"

	"github.com/newsworker/newsworker/pipeline/natstest"
)

// The benchmarks run the worker over an embedded JetStream server beside a
// passthrough baseline that consumes, republishes and acks without
// extraction (decode and record encoding kept), so that the cost of
// extraction shows as the ratio of the two rates:
//
//	go test ./pipeline -run '^$' -bench Worker -benchmem
//
// cpu-µs/article is the CPU time the process (worker and embedded server
// together) spent per article while processing: a deployment whose cores
// are all busy reaches cores / cpu-µs articles per µs, whatever the
// round-trip latency.

type benchMsg struct {
	data []byte
	h    nats.Header
}

func benchMessages(b *testing.B) []benchMsg {
	var out []benchMsg
	for _, path := range goodFixtures(b) {
		data, h, err := ReadMessageFile(path)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, benchMsg{data, h})
	}
	return out
}

// benchWorker starts a server and a worker; passthrough replaces the
// extraction with a record holding the raw text only.
func benchWorker(b *testing.B, passthrough bool) (*Worker, *atomic.Int64) {
	srv := natstest.RunServer(b)
	cfg := DefaultConfig()
	cfg.Logger = zap.NewNop()
	cfg.Concurrency = 4
	cfg.Version = "bench"
	var done atomic.Int64
	cfg.OnRecord = func(*Record, []byte) { done.Add(1) }
	nc := srv.Connect(b)
	w, err := NewWorker(nc, cfg)
	if err != nil {
		b.Fatal(err)
	}
	if err := w.Setup(context.Background()); err != nil {
		b.Fatal(err)
	}
	if passthrough {
		w.enrichFn = func(m *RawMessage) (*Record, error) {
			text := m.Text
			if text == "" {
				text = m.HTML + string(m.Body)
			}
			return &Record{Schema: Schema, ID: m.ID, Lang: "und", Text: text}, nil
		}
	}
	return w, &done
}

// publishBatch publishes n raw messages, each with its own id (the
// enriched stream would drop repeats).
func publishBatch(b *testing.B, w *Worker, msgs []benchMsg, n int, batch *int) {
	ctx := context.Background()
	*batch++
	for i := range n {
		m := msgs[i%len(msgs)]
		id := fmt.Sprintf("b%d-%d", *batch, i)
		h := nats.Header{}
		for k, v := range m.h {
			h[k] = v
		}
		data := m.data
		if h.Get(HeaderContentType) == "application/json" {
			var env map[string]any
			if err := json.Unmarshal(m.data, &env); err != nil {
				b.Fatal(err)
			}
			env["id"] = id
			data, _ = json.Marshal(env)
		} else {
			h.Set(HeaderArticleID, id)
		}
		if _, err := w.js.PublishMsg(ctx, &nats.Msg{Subject: "news.raw.bench", Data: data, Header: h}); err != nil {
			b.Fatal(err)
		}
	}
}

// processBatch runs w until done reaches want and returns the time taken
// and the CPU time the process (worker and embedded server) used meanwhile.
func processBatch(b *testing.B, w *Worker, done *atomic.Int64, want int64) (elapsed, cpu time.Duration) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cpu0 := processCPU()
	start := time.Now()
	errc := make(chan error, 1)
	go func() { errc <- w.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Minute)
	for done.Load() < want {
		if time.Now().After(deadline) {
			b.Fatalf("processed %d of %d", done.Load(), want)
		}
		time.Sleep(time.Millisecond)
	}
	elapsed = time.Since(start)
	cpu = processCPU() - cpu0
	b.StopTimer() // the stop (a pending pull expires) is not processing
	cancel()
	if err := <-errc; err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	return elapsed, cpu
}

// BenchmarkWorker: one op is one article through the worker (extract)
// or the passthrough baseline, over embedded JetStream.
func BenchmarkWorker(b *testing.B) {
	msgs := benchMessages(b)
	for _, mode := range []struct {
		name        string
		passthrough bool
	}{{"extract", false}, {"passthrough", true}} {
		b.Run(mode.name, func(b *testing.B) {
			w, done := benchWorker(b, mode.passthrough)
			batch := 0
			publishBatch(b, w, msgs, b.N, &batch)
			b.ReportAllocs()
			b.ResetTimer()
			elapsed, cpu := processBatch(b, w, done, int64(b.N))
			b.StopTimer()
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "articles/s")
			b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/article")
		})
	}
}

// BenchmarkWorkerVsPassthrough processes the same batch of 100 articles
// through both per op and reports both rates and their ratio.
func BenchmarkWorkerVsPassthrough(b *testing.B) {
	const n = 100
	msgs := benchMessages(b)
	wx, dx := benchWorker(b, false)
	wp, dp := benchWorker(b, true)
	var tx, tp, cx, cp time.Duration
	bx, bp := 0, 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		publishBatch(b, wx, msgs, n, &bx)
		publishBatch(b, wp, msgs, n, &bp)
		b.StartTimer()
		t, c := processBatch(b, wp, dp, int64((i+1)*n))
		tp, cp = tp+t, cp+c
		t, c = processBatch(b, wx, dx, int64((i+1)*n))
		tx, cx = tx+t, cx+c
	}
	rx := float64(b.N*n) / tx.Seconds()
	rp := float64(b.N*n) / tp.Seconds()
	b.ReportMetric(rx, "worker_articles/s")
	b.ReportMetric(rp, "passthrough_articles/s")
	b.ReportMetric(rx/rp, "ratio")
	b.ReportMetric(float64(cx.Microseconds())/float64(b.N*n), "worker_cpu-µs/article")
	b.ReportMetric(float64(cp.Microseconds())/float64(b.N*n), "passthrough_cpu-µs/article")
}

// benchRecords enriches the good fixtures once.
func benchRecords(b *testing.B) []*Record {
	e := testEnricher()
	var out []*Record
	for _, path := range goodFixtures(b) {
		rec, err := enrichFile(b, e, path)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, rec)
	}
	return out
}

// BenchmarkRecordJSON: one op encodes every fixture's record once.
func BenchmarkRecordJSON(b *testing.B) {
	recs := benchRecords(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, rec := range recs {
			if _, err := rec.MarshalJSON(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkEnrich: one op enriches every good fixture once, without NATS:
// the extraction's own cost, which the worker adds to the passthrough's.
func BenchmarkEnrich(b *testing.B) {
	e := testEnricher()
	var raws []*RawMessage
	for _, m := range benchMessages(b) {
		raw, err := Decode(m.data, m.h, 0)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range raws {
			if _, err := e.Enrich(raw); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(raws)), "µs/article")
}
