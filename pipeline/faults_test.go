package pipeline_test

// Fault tests: the worker against real embedded JetStream servers while
// servers restart, a cluster node dies, the output stream refuses,
// deliveries run out, work is slow, and articles come back after the
// duplicate window. Each ends by reading the output streams and checking
// that every raw message is either one record or one DLQ entry. The
// figures (messages in, records out, DLQ entries, duplicates) are logged
// with a "figures:" prefix.

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/newsworker/newsworker/pipeline"
	"github.com/newsworker/newsworker/pipeline/natstest"
)

// Sentences of our own, one per language, filled with the article number.
var faultTemplates = []struct{ lang, text string }{
	{"en", "The transport ministry said on Sunday 12 May 2024 that %d trucks crossed the border at Rosso, and that 3 ports in Mauritania would reopen."},
	{"fr", "Le conseil régional a voté jeudi 7 mars 2024 à Rabat un budget de %d millions de dirhams, soit 12 %% de plus qu'en 2023."},
	{"ar", "أعلنت وزارة الصحة في عمان يوم الأحد ١٢ مايو ٢٠٢٤ أن %d طبيبا انضموا إلى الحملة الوطنية في الأردن."},
}

// faultArticle is raw message i: a JSON envelope with id "fault-<i>", or,
// when i is a multiple of poisonEvery (> 0), invalid JSON.
func faultArticle(i, poisonEvery int) (data []byte, poison bool) {
	if poisonEvery > 0 && i%poisonEvery == 0 {
		return fmt.Appendf(nil, `{"id": "fault-%d", "text": `, i), true
	}
	tp := faultTemplates[i%len(faultTemplates)]
	data, _ = json.Marshal(map[string]string{
		"id":           fmt.Sprintf("fault-%d", i),
		"url":          fmt.Sprintf("https://news.example.org/%s/%d", tp.lang, i),
		"source":       "faults",
		"lang":         tp.lang,
		"published_at": "2024-05-12T09:00:00Z",
		"text":         fmt.Sprintf(tp.text, 100+i),
	})
	return data, false
}

// publishFaultArticles publishes articles first..first+n-1 on
// news.raw.faults and returns how many are poison.
func publishFaultArticles(t testing.TB, js jetstream.JetStream, first, n, poisonEvery int) (poison int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for i := first; i < first+n; i++ {
		data, bad := faultArticle(i, poisonEvery)
		if bad {
			poison++
		}
		msg := &nats.Msg{Subject: "news.raw.faults", Data: data, Header: nats.Header{}}
		msg.Header.Set(pipeline.HeaderContentType, "application/json")
		if _, err := js.PublishMsg(ctx, msg, jetstream.WithRetryAttempts(100)); err != nil {
			t.Fatalf("publish raw %d: %v", i, err)
		}
	}
	return poison
}

// tally is what the output streams hold after a run.
type tally struct {
	In         int            // raw messages published
	Records    int            // messages in the enriched stream
	DLQ        int            // messages in the DLQ stream
	Duplicates int            // records beyond the first for one id, plus DLQ copies beyond the first for one raw sequence
	Reasons    map[string]int // DLQ entries per Dlq-Reason
	ids        map[string]int // records per article id
}

// readTally reads the enriched and DLQ streams of cfg over nc.
func readTally(t testing.TB, nc *nats.Conn, cfg pipeline.Config, in int) tally {
	t.Helper()
	tl := tally{In: in, Reasons: map[string]int{}, ids: map[string]int{}}
	for _, m := range natstest.StreamMsgs(t, nc, cfg.EnrichedStream) {
		var rec struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(m.Data(), &rec); err != nil || rec.ID == "" {
			t.Fatalf("record without an id in %s: %v", cfg.EnrichedStream, err)
		}
		tl.Records++
		if tl.ids[rec.ID]++; tl.ids[rec.ID] > 1 {
			tl.Duplicates++
		}
	}
	seqs := map[string]int{}
	for _, m := range natstest.StreamMsgs(t, nc, cfg.DLQStream) {
		tl.DLQ++
		tl.Reasons[m.Headers().Get(pipeline.HeaderDlqReason)]++
		seq := m.Headers().Get(pipeline.HeaderDlqStreamSeq)
		if seqs[seq]++; seqs[seq] > 1 {
			tl.Duplicates++
		}
	}
	return tl
}

// check fails the test unless every raw message came out exactly once,
// with wantDLQ of them dead-lettered, and logs the figures.
func (tl tally) check(t testing.TB, name string, wantDLQ int) {
	t.Helper()
	t.Logf("figures: %s in=%d records=%d dlq=%d duplicates=%d reasons=%v", name, tl.In, tl.Records, tl.DLQ, tl.Duplicates, tl.Reasons)
	if tl.Duplicates != 0 {
		t.Errorf("%d duplicates in the output streams", tl.Duplicates)
	}
	if got, want := tl.Records+tl.DLQ, tl.In; got != want {
		t.Errorf("records + DLQ = %d + %d = %d, want %d (every raw message out once)", tl.Records, tl.DLQ, got, want)
	}
	if tl.DLQ != wantDLQ {
		t.Errorf("DLQ entries = %d, want %d", tl.DLQ, wantDLQ)
	}
}

// faultConfig is a worker configuration with short timings so that
// redeliveries happen within a test.
func faultConfig() pipeline.Config {
	cfg := pipeline.DefaultConfig()
	cfg.AckWait = 2 * time.Second
	cfg.Timeout = 10 * time.Second // generous: a loaded CI machine must not turn slowness into timeouts
	cfg.PublishTimeout = 2 * time.Second
	cfg.BackoffMin = 100 * time.Millisecond
	cfg.BackoffMax = 500 * time.Millisecond
	cfg.MaxDeliver = 20
	cfg.Concurrency = 2
	return cfg
}

// paced makes every extraction take at least d, as real articles do, so
// that a fault injected after part of a stream lands mid-stream.
func paced(d time.Duration) func(pipeline.EnrichFunc) pipeline.EnrichFunc {
	return func(next pipeline.EnrichFunc) pipeline.EnrichFunc {
		return func(m *pipeline.RawMessage) (*pipeline.Record, error) {
			time.Sleep(d)
			return next(m)
		}
	}
}

// midStream fails the test unless the worker still has messages to settle.
func midStream(t testing.TB, w *runningWorker, n int) {
	t.Helper()
	if got := w.Stats().Processed; got >= int64(n) {
		t.Fatalf("fault injected after all %d messages settled: not mid-stream", got)
	}
}

// runningWorker is a Worker consuming in the background.
type runningWorker struct {
	*pipeline.Worker
	cancel context.CancelFunc
	done   chan error
}

// startWorker sets the worker up and runs it until stop or the end of the
// test.
func startWorker(t testing.TB, nc *nats.Conn, cfg pipeline.Config) *runningWorker {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = zaptest.NewLogger(t)
	}
	w, err := pipeline.NewWorker(nc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	setup, cancelSetup := context.WithTimeout(ctx, natstest.StartTimeout)
	defer cancelSetup()
	if err := w.Setup(setup); err != nil {
		cancel()
		t.Fatalf("worker setup: %v", err)
	}
	rw := &runningWorker{Worker: w, cancel: cancel, done: make(chan error, 1)}
	go func() { rw.done <- w.Run(ctx) }()
	t.Cleanup(rw.stop)
	return rw
}

// stop cancels the worker and waits until its in-flight messages settle.
func (rw *runningWorker) stop() {
	rw.cancel()
	<-rw.done
	rw.done <- nil // a second stop returns at once
}

// finish waits until n raw messages are settled (at most d), stops the
// worker and reads the output streams.
func (rw *runningWorker) finish(t testing.TB, js jetstream.JetStream, cfg pipeline.Config, n int, d time.Duration) tally {
	t.Helper()
	waitSettled(t, js, cfg, n, d)
	rw.stop()
	return readTally(t, js.Conn(), cfg, n)
}

// waitSettled waits until the worker's consumer has nothing pending and
// nothing awaiting an ack, and the output streams hold want messages.
func waitSettled(t testing.TB, js jetstream.JetStream, cfg pipeline.Config, want int, d time.Duration) {
	t.Helper()
	nc := js.Conn()
	faultWait(t, d, fmt.Sprintf("%d raw messages settled", want), func() bool {
		records, dlq := natstest.StreamLen(nc, cfg.EnrichedStream), natstest.StreamLen(nc, cfg.DLQStream)
		if records < 0 || dlq < 0 || records+dlq < want {
			return false
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		c, err := js.Consumer(ctx, cfg.RawStream, cfg.Durable)
		if err != nil {
			return false
		}
		ci, err := c.Info(ctx)
		return err == nil && ci.NumPending == 0 && ci.NumAckPending == 0
	})
}

// faultWait polls cond every 50ms until it holds, failing the test after d.
func faultWait(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %v for %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func newJS(t testing.TB, nc *nats.Conn) jetstream.JetStream {
	t.Helper()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// TestFaultServerRestart restarts the NATS server (same port, same store)
// twice while the worker consumes: the worker reconnects and finishes.
func TestFaultServerRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test: skipped with -short")
	}
	const n, poisonEvery = 300, 10
	srv := natstest.RunServer(t)
	cfg := faultConfig()
	cfg.WrapEnrich = paced(25 * time.Millisecond)
	nc := srv.Connect(t)
	js := newJS(t, nc)
	w := startWorker(t, nc, cfg)
	poison := publishFaultArticles(t, js, 0, n, poisonEvery)
	for restart := 1; restart <= 2; restart++ {
		target := restart * n / 3
		faultWait(t, 60*time.Second, "records before the restart", func() bool {
			return natstest.StreamLen(nc, cfg.EnrichedStream)+natstest.StreamLen(nc, cfg.DLQStream) >= target
		})
		midStream(t, w, n)
		srv.Restart(t)
		t.Logf("server restarted after %d settled", w.Stats().Processed)
	}
	w.finish(t, js, cfg, n, 120*time.Second).check(t, "server-restart", poison)
	t.Logf("worker stats: %+v", w.Stats())
}

// TestFaultClusterNodeLoss runs the worker on a three-node cluster with R3
// streams and stops the node leading the worker's consumer mid-stream.
func TestFaultClusterNodeLoss(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test: skipped with -short")
	}
	const n, poisonEvery = 300, 10
	c := natstest.RunCluster(t, 3)
	cfg := faultConfig()
	cfg.Replicas = 3
	cfg.AckWait = 4 * time.Second
	cfg.PublishTimeout = 3 * time.Second
	cfg.WrapEnrich = paced(25 * time.Millisecond)
	nc := c.Connect(t)
	js := newJS(t, nc)
	w := startWorker(t, nc, cfg)
	poison := publishFaultArticles(t, js, 0, n, poisonEvery)
	faultWait(t, 60*time.Second, "a third of the records", func() bool {
		return natstest.StreamLen(nc, cfg.EnrichedStream)+natstest.StreamLen(nc, cfg.DLQStream) >= n/3
	})
	lost := -1
	for i, s := range c.Nodes() {
		if s.Running() && s.Server().JetStreamIsConsumerLeader("$G", cfg.RawStream, cfg.Durable) {
			lost = i
		}
	}
	if lost < 0 {
		lost = c.WaitStreamLeader(t, cfg.EnrichedStream)
	}
	midStream(t, w, n)
	c.Node(lost).Shutdown()
	t.Logf("stopped node %s (consumer leader) after %d settled", c.Node(lost).Name, w.Stats().Processed)
	w.finish(t, js, cfg, n, 180*time.Second).check(t, "cluster-node-loss", poison)
	t.Logf("worker stats: %+v", w.Stats())
}

// TestFaultOutputRefuses makes the enriched stream refuse records, first
// missing, then full: raw messages are nak'ed with back-off and never acked
// without their record; processing resumes once the stream is back.
func TestFaultOutputRefuses(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test: skipped with -short")
	}
	for _, mode := range []string{"missing", "full"} {
		t.Run(mode, func(t *testing.T) {
			const n, full = 20, 5
			srv := natstest.RunServer(t)
			cfg := faultConfig()
			cfg.MaxDeliver = 100 // the outage must not exhaust deliveries
			nc := srv.Connect(t)
			js := newJS(t, nc)
			ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
			defer cancel()
			if err := pipeline.SetupStreams(ctx, js, cfg); err != nil {
				t.Fatal(err)
			}
			enriched := cfg.StreamConfigs()[1]
			switch mode {
			case "missing":
				// The worker checks the streams at Setup; the stream is
				// removed once it runs, and NoCreateStreams keeps the
				// worker from making it again.
				cfg.NoCreateStreams = true
			case "full":
				sc := enriched
				sc.MaxMsgs, sc.Discard = full, jetstream.DiscardNew
				if _, err := js.UpdateStream(ctx, sc); err != nil {
					t.Fatal(err)
				}
				cfg.NoCreateStreams = true
			}
			w := startWorker(t, nc, cfg)
			if mode == "missing" {
				if err := js.DeleteStream(ctx, cfg.EnrichedStream); err != nil {
					t.Fatal(err)
				}
			}
			publishFaultArticles(t, js, 0, n, 0)

			// The outage: messages are tried and nak'ed, none acked beyond
			// those the stream took.
			accepted := 0
			if mode == "full" {
				accepted = full
			}
			faultWait(t, 60*time.Second, "naks during the outage", func() bool { return w.Stats().Naked >= 2*n })
			time.Sleep(500 * time.Millisecond)
			st := w.Stats()
			if st.Processed != int64(accepted) || st.DeadLettered != 0 {
				t.Fatalf("during the outage: %+v; want %d processed and nothing dead-lettered", st, accepted)
			}
			cons, err := js.Consumer(ctx, cfg.RawStream, cfg.Durable)
			if err != nil {
				t.Fatal(err)
			}
			ci, err := cons.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got := int(ci.AckFloor.Stream); got > accepted {
				t.Fatalf("ack floor at stream sequence %d during the outage, want at most %d", got, accepted)
			}
			t.Logf("outage (%s): %d naks for %d messages, %d redelivered, ack floor %d", mode, st.Naked, n, ci.NumRedelivered, ci.AckFloor.Stream)

			// The fix.
			if mode == "missing" {
				_, err = js.CreateStream(ctx, enriched)
			} else {
				_, err = js.UpdateStream(ctx, enriched)
			}
			if err != nil {
				t.Fatal(err)
			}
			w.finish(t, js, cfg, n, 60*time.Second).check(t, "output-"+mode, 0)
		})
	}
}

// errFlaky is a transient failure injected into the extraction.
var errFlaky = errors.New("injected transient failure")

// TestFaultMaxDeliver checks both ways a message runs out of deliveries:
// a transient failure on every delivery (settle dead-letters it on the
// last), and deliveries that are never settled at all, as by a worker
// killed on each (the server's advisory makes the worker dead-letter it).
// Nothing stays pending in the consumer.
func TestFaultMaxDeliver(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test: skipped with -short")
	}
	t.Run("transient every time", func(t *testing.T) {
		const n = 20
		srv := natstest.RunServer(t)
		cfg := faultConfig()
		cfg.MaxDeliver = 3
		var tries atomic.Int64
		cfg.WrapEnrich = func(next pipeline.EnrichFunc) pipeline.EnrichFunc {
			return func(m *pipeline.RawMessage) (*pipeline.Record, error) {
				if m.ID == "fault-7" {
					tries.Add(1)
					return nil, errFlaky
				}
				return next(m)
			}
		}
		nc := srv.Connect(t)
		js := newJS(t, nc)
		w := startWorker(t, nc, cfg)
		publishFaultArticles(t, js, 0, n, 0)
		tl := w.finish(t, js, cfg, n, 60*time.Second)
		tl.check(t, "max-deliver-transient", 1)
		if tl.Reasons[string(pipeline.ReasonMaxDeliver)] != 1 {
			t.Errorf("DLQ reasons %v, want one max_deliver", tl.Reasons)
		}
		if got := tries.Load(); got != int64(cfg.MaxDeliver) {
			t.Errorf("failing article tried %d times, want MaxDeliver = %d", got, cfg.MaxDeliver)
		}
		dlq := natstest.StreamMsgs(t, nc, cfg.DLQStream)
		if got := dlq[0].Headers().Get(pipeline.HeaderDlqDeliveries); got != strconv.Itoa(cfg.MaxDeliver) {
			t.Errorf("Dlq-Deliveries = %q, want %d", got, cfg.MaxDeliver)
		}
	})
	t.Run("never settled", func(t *testing.T) {
		srv := natstest.RunServer(t)
		cfg := faultConfig()
		cfg.MaxDeliver = 3
		cfg.AckWait = time.Second
		cfg.Timeout = 10 * time.Second

		nc := srv.Connect(t)
		js := newJS(t, nc)
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		if err := pipeline.SetupStreams(ctx, js, cfg); err != nil {
			t.Fatal(err)
		}
		cons, err := js.CreateOrUpdateConsumer(ctx, cfg.RawStream, cfg.ConsumerConfig())
		if err != nil {
			t.Fatal(err)
		}
		publishFaultArticles(t, js, 0, 1, 0)
		// A crashing worker: takes the message and dies before settling
		// it, MaxDeliver times.
		for i := 1; i <= cfg.MaxDeliver; i++ {
			batch, err := cons.Fetch(1, jetstream.FetchMaxWait(5*time.Second))
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			for range batch.Messages() {
				got++
			}
			if got != 1 {
				t.Fatalf("delivery %d: fetched %d messages, want 1", i, got)
			}
		}
		// A healthy worker joins; the server gives the message up on the
		// next delivery attempt and the worker dead-letters it.
		w := startWorker(t, nc, cfg)
		faultWait(t, 30*time.Second, "the given-up message in the DLQ", func() bool {
			return natstest.StreamLen(nc, cfg.DLQStream) == 1
		})
		tl := w.finish(t, js, cfg, 1, 30*time.Second)
		tl.check(t, "max-deliver-never-settled", 1)
		if tl.Reasons[string(pipeline.ReasonMaxDeliver)] != 1 {
			t.Errorf("DLQ reasons %v, want one max_deliver", tl.Reasons)
		}
	})
}

// TestFaultSlowWork makes every extraction take longer than AckWait: the
// keep-alive holds each message, so each is extracted once and never
// redelivered.
func TestFaultSlowWork(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test: skipped with -short")
	}
	const n = 6
	srv := natstest.RunServer(t)
	cfg := faultConfig()
	cfg.AckWait = time.Second

	cfg.Timeout = 10 * time.Second
	cfg.Concurrency = 3
	slow := 2500 * time.Millisecond // 2.5 × AckWait
	var mu sync.Mutex
	calls := map[string]int{}
	cfg.WrapEnrich = func(next pipeline.EnrichFunc) pipeline.EnrichFunc {
		return func(m *pipeline.RawMessage) (*pipeline.Record, error) {
			mu.Lock()
			calls[m.ID]++
			mu.Unlock()
			time.Sleep(slow)
			return next(m)
		}
	}
	nc := srv.Connect(t)
	js := newJS(t, nc)
	w := startWorker(t, nc, cfg)
	publishFaultArticles(t, js, 0, n, 0)
	w.finish(t, js, cfg, n, 60*time.Second).check(t, "slow-work", 0)
	mu.Lock()
	defer mu.Unlock()
	for id, c := range calls {
		if c != 1 {
			t.Errorf("%s extracted %d times, want once", id, c)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cons, err := js.Consumer(ctx, cfg.RawStream, cfg.Durable)
	if err != nil {
		t.Fatal(err)
	}
	ci, err := cons.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ci.NumRedelivered != 0 || ci.Delivered.Consumer != n {
		t.Errorf("consumer delivered %d messages with %d redelivered, want %d and 0", ci.Delivered.Consumer, ci.NumRedelivered, n)
	}
	t.Logf("slow work: %d articles of %v each with AckWait %v, extractions %v", n, slow, cfg.AckWait, calls)
}

// TestFaultLedger republishes every article after the duplicate window has
// passed, as a crawler replaying hours later would: with the ledger no
// second record appears; without it (the control) every article is
// enriched again.
func TestFaultLedger(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test: skipped with -short")
	}
	for _, withLedger := range []bool{true, false} {
		name := "without ledger"
		if withLedger {
			name = "with ledger"
		}
		t.Run(name, func(t *testing.T) {
			const n, poisonEvery = 30, 10
			srv := natstest.RunServer(t)
			cfg := faultConfig()
			cfg.AckWait = time.Second

			cfg.Timeout = 10 * time.Second
			cfg.DuplicateWindow = time.Second // stands for hours
			if withLedger {
				cfg.Ledger = &pipeline.LedgerConfig{TTL: time.Hour}
			}
			nc := srv.Connect(t)
			js := newJS(t, nc)
			w := startWorker(t, nc, cfg)
			poison := publishFaultArticles(t, js, 0, n, poisonEvery)
			waitSettled(t, js, cfg, n, 60*time.Second)
			time.Sleep(2 * cfg.DuplicateWindow) // the window has passed
			publishFaultArticles(t, js, 0, n, poisonEvery)
			// The replayed poison messages are new raw messages: they are
			// dead-lettered again (the ledger holds published ids only).
			want := n + poison
			if !withLedger {
				want = 2 * n
			}
			waitSettled(t, js, cfg, want, 60*time.Second)
			w.stop()
			tl := readTally(t, nc, cfg, 2*n)
			t.Logf("figures: ledger=%v in=%d records=%d dlq=%d duplicates=%d", withLedger, tl.In, tl.Records, tl.DLQ, tl.Duplicates)
			switch {
			case withLedger && (tl.Records != n-poison || tl.Duplicates != 0):
				t.Errorf("with the ledger: %d records (%d duplicates), want %d and none", tl.Records, tl.Duplicates, n-poison)
			case !withLedger && tl.Records != 2*(n-poison):
				t.Errorf("control without ledger: %d records, want %d (every article enriched again)", tl.Records, 2*(n-poison))
			}
			if st := w.Stats(); st.Processed != int64(2*n) {
				t.Errorf("processed %d raw messages, want %d (the replays acked too)", st.Processed, 2*n)
			}
		})
	}
}

var (
	loadArticles = flag.Int("load", 0, "replay this many generated articles through the worker and report memory (e.g. -load 10000)")
	loadLedger   = flag.Bool("load.ledger", false, "with -load: turn the processed-id ledger on, to measure its cost")
)

// loadSentences are our own news-style sentences; a load article strings
// twelve of them together, numbers varied.
var loadSentences = map[string][]string{
	"en": {
		"The finance ministry said on Tuesday 4 June 2024 that exports rose %d percent over the first quarter.",
		"Delegations from Morocco, Tunisia and Egypt met in Cairo to discuss a water-sharing plan worth %d million dollars.",
		"The health minister, Dr. Amal Haddad, told reporters that %d clinics would open in rural districts.",
		"According to the United Nations Development Programme, %d families were reached by the programme last year.",
		"Officials in Amman said the new road would cut travel time by %d minutes for commuters.",
		"The central bank kept its main rate unchanged at %d.5 percent, citing stable prices.",
	},
	"fr": {
		"Le ministre de l'Intérieur a annoncé jeudi 6 juin 2024 à Rabat le recrutement de %d agents.",
		"Selon la Banque africaine de développement, le projet coûtera %d millions d'euros.",
		"La délégation tunisienne, conduite par le ministre du Commerce, a signé %d accords à Dakar.",
		"Les inondations ont touché %d villages dans la région de Sfax, selon la protection civile.",
		"Le taux de chômage a reculé de %d points en un an, a indiqué l'institut de statistique.",
		"Le sommet réunira les chefs d'État de %d pays africains à Addis-Abeba en juillet.",
	},
	"ar": {
		"أعلن وزير الاقتصاد يوم الثلاثاء ٤ يونيو ٢٠٢٤ في الرباط أن الصادرات ارتفعت بنسبة %d في المئة.",
		"وقعت مصر والأردن اتفاقية بقيمة %d مليون دولار لتطوير شبكة الكهرباء.",
		"قال المتحدث باسم الحكومة إن %d مدرسة جديدة ستفتح أبوابها في سبتمبر.",
		"شارك في الاجتماع ممثلون عن جامعة الدول العربية والأمم المتحدة في القاهرة.",
		"أكدت وزارة الصحة تسجيل %d حالة جديدة خلال الأسبوع الماضي في عمان.",
		"وصل رئيس الوزراء إلى تونس في زيارة رسمية تستغرق %d أيام.",
	},
}

func loadArticle(i int) []byte {
	langs := []string{"ar", "en", "fr", "ar"} // mostly Arabic, as the newsrooms receive
	lang := langs[i%len(langs)]
	pool := loadSentences[lang]
	var b strings.Builder
	for k := range 12 {
		fmt.Fprintf(&b, pool[(i+k)%len(pool)]+" ", 3+(i*7+k)%90)
	}
	data, _ := json.Marshal(map[string]string{
		"id": fmt.Sprintf("load-%d", i), "url": fmt.Sprintf("https://news.example.org/%s/load/%d", lang, i),
		"lang": lang, "published_at": "2024-06-04T08:00:00Z", "text": b.String(),
	})
	return data
}

// peakRSS is the process's peak resident set (VmHWM) in bytes, 0 where
// /proc is not available.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// TestLoadMemory replays -load N generated articles (about 1.5 KB each,
// written here) through a worker on embedded JetStream and reports the
// rate, the peak heap and the peak RSS (the embedded server included).
func TestLoadMemory(t *testing.T) {
	if *loadArticles <= 0 {
		t.Skip("memory under load: run with -load 10000")
	}
	n := *loadArticles
	srv := natstest.RunServer(t)
	cfg := pipeline.DefaultConfig()
	cfg.Logger = zap.NewNop()
	if *loadLedger {
		cfg.Ledger = &pipeline.LedgerConfig{}
	}
	nc := srv.Connect(t)
	js := newJS(t, nc)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := pipeline.SetupStreams(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	bytesIn := 0
	for i := range n {
		data := loadArticle(i)
		bytesIn += len(data)
		if _, err := js.Publish(ctx, "news.raw.load", data); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	stopHeap := sampleHeap()
	start := time.Now()
	w := startWorker(t, nc, cfg)
	waitSettled(t, js, cfg, n, 10*time.Minute)
	elapsed := time.Since(start)
	w.stop()
	peakHeap := stopHeap()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	tl := readTally(t, nc, cfg, n)
	tl.check(t, "load", 0)
	t.Logf("figures: load ledger=%v articles=%d bytes_in=%d elapsed=%v rate=%.0f articles/s peak_heap_inuse=%d MB peak_rss=%d MB heap_sys=%d MB total_alloc=%d MB gc=%d",
		*loadLedger, n, bytesIn, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), peakHeap>>20, peakRSS()>>20,
		after.HeapSys>>20, (after.TotalAlloc-before.TotalAlloc)>>20, after.NumGC-before.NumGC)
}
