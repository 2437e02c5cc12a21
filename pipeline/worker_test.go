package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap/zaptest"

	"github.com/newsworker/newsworker/pipeline/natstest"
)

// testConfig is DefaultConfig with timings short enough for tests.
func testConfig(t *testing.T) Config {
	cfg := DefaultConfig()
	cfg.AckWait = 3 * time.Second
	cfg.Timeout = time.Second
	cfg.PublishTimeout = time.Second
	cfg.BackoffMin = 50 * time.Millisecond
	cfg.BackoffMax = 200 * time.Millisecond
	cfg.MaxDeliver = 3
	cfg.Version = "test"
	cfg.Now = fixedClock
	cfg.Logger = zaptest.NewLogger(t)
	return cfg
}

// newWorker starts a worker on srv and sets up its streams.
func newWorker(t *testing.T, srv *natstest.Server, cfg Config) *Worker {
	t.Helper()
	nc := srv.Connect(t)
	w, err := NewWorker(nc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	return w
}

// runUntilIdle runs w until idle, failing the test after a minute.
func runUntilIdle(t *testing.T, w *Worker) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := w.RunUntilIdle(ctx); err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatal("worker not idle within a minute")
	}
}

// streamMsgs reads every message of a stream.
func streamMsgs(t *testing.T, js jetstream.JetStream, stream string) []jetstream.Msg {
	t.Helper()
	return natstest.StreamMsgs(t, js.Conn(), stream)
}

// recordsByID decodes the enriched stream, failing on a second record
// with the same id.
func recordsByID(t *testing.T, js jetstream.JetStream) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	for _, m := range streamMsgs(t, js, "NEWS_ENRICHED") {
		var rec map[string]any
		if err := json.Unmarshal(m.Data(), &rec); err != nil {
			t.Fatalf("record on %s: %v", m.Subject(), err)
		}
		id, _ := rec["id"].(string)
		if _, dup := out[id]; dup {
			t.Errorf("second record for %s", id)
		}
		if m.Headers().Get(jetstream.MsgIDHeader) != id {
			t.Errorf("record %s published with Nats-Msg-Id %q", id, m.Headers().Get(jetstream.MsgIDHeader))
		}
		if want := "news.enriched." + rec["lang"].(string); m.Subject() != want {
			t.Errorf("record %s on %s, want %s", id, m.Subject(), want)
		}
		out[id] = rec
	}
	return out
}

func withoutProcessing(m map[string]any) map[string]any {
	c := make(map[string]any, len(m))
	for k, v := range m {
		if k != "processing" {
			c[k] = v
		}
	}
	return c
}

func publishRaw(t *testing.T, js jetstream.JetStream, subject string, data []byte, h nats.Header) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := js.PublishMsg(ctx, &nats.Msg{Subject: subject, Data: data, Header: h}); err != nil {
		t.Fatal(err)
	}
}

// TestWorkerFixtures replays fixtures/ (good and poison) through a worker
// on an embedded JetStream server: each good fixture yields exactly its
// golden record, each poison one lands in NEWS_DLQ with its reason and
// nothing in NEWS_ENRICHED.
func TestWorkerFixtures(t *testing.T) {
	srv := natstest.RunServer(t)
	cfg := testConfig(t)
	cfg.MaxBytes = 64 << 10
	w := newWorker(t, srv, cfg)
	js := w.JetStream()
	n, err := Replay(context.Background(), js, fixturesDir, cfg.RawSubject)
	if err != nil {
		t.Fatal(err)
	}
	good := goodFixtures(t)
	if n != len(good)+len(poisonFixtures) {
		t.Fatalf("replayed %d messages, want %d", n, len(good)+len(poisonFixtures))
	}
	// Poison made here rather than committed: an oversized body.
	big := nats.Header{}
	big.Set(HeaderContentType, "text/plain")
	big.Set(HeaderArticleID, "px-too-large")
	publishRaw(t, js, "news.raw.example.org", []byte(strings.Repeat("Rabat lundi. ", 6000)), big)
	runUntilIdle(t, w)

	recs := recordsByID(t, js)
	if len(recs) != len(good) {
		t.Errorf("%d records, want %d", len(recs), len(good))
	}
	// Each record is the one the enricher makes of the fixture directly;
	// TestFixtures holds those to the golden records.
	e := testEnricher()
	for _, path := range good {
		rec, err := enrichFile(t, e, path)
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]any
		if err := json.Unmarshal(goldenJSON(t, rec), &want); err != nil {
			t.Fatal(err)
		}
		got, ok := recs[rec.ID]
		if !ok {
			t.Errorf("%s: no record %s", filepath.Base(path), rec.ID)
			continue
		}
		for k, v := range withoutProcessing(want) {
			if !reflect.DeepEqual(got[k], v) {
				t.Errorf("%s: %s = %v, want %v", filepath.Base(path), k, got[k], v)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d fields, want %d", filepath.Base(path), len(got), len(want))
		}
	}

	want := map[string]Reason{"px-too-large": ReasonTooLarge}
	for name, r := range poisonFixtures {
		want[name] = r
	}
	dlq := streamMsgs(t, js, "NEWS_DLQ")
	if len(dlq) != len(want) {
		t.Errorf("%d dead letters, want %d", len(dlq), len(want))
	}
	seen := map[Reason]int{}
	for _, m := range dlq {
		h := m.Headers()
		seen[Reason(h.Get(HeaderDlqReason))]++
		if h.Get(HeaderDlqStreamSeq) == "" || h.Get(HeaderDlqDeliveries) != "1" {
			t.Errorf("dead letter on %s: headers %v", m.Subject(), h)
		}
		if !strings.HasPrefix(m.Subject(), "news.dlq.") {
			t.Errorf("dead letter on %s", m.Subject())
		}
		if h.Get(HeaderArticleID) == "px-not-utf8" && string(m.Data()) != "La r\xe9union s'est tenue \xe0 Rabat lundi.\n" {
			t.Errorf("dead letter body changed: %q", m.Data())
		}
	}
	for _, r := range want {
		if seen[r] == 0 {
			t.Errorf("no dead letter with reason %s (got %v)", r, seen)
		}
	}
	st := w.Stats()
	if st.Published != int64(len(good)) || st.DeadLettered != int64(len(want)) || st.Processed != st.Published+st.DeadLettered {
		t.Errorf("stats %v, want published=%d dead_lettered=%d", st, len(good), len(want))
	}
}

// TestWorkerPanicAndTimeout: a panicking extractor and one past its budget
// both dead-letter the message, with reasons panic and timeout.
func TestWorkerPanicAndTimeout(t *testing.T) {
	srv := natstest.RunServer(t)
	cfg := testConfig(t)
	cfg.Timeout = 200 * time.Millisecond
	w := newWorker(t, srv, cfg)
	release := make(chan struct{})
	defer close(release)
	w.enrichFn = func(m *RawMessage) (*Record, error) {
		switch m.ID {
		case "boom":
			var places map[string]int
			places["Rabat"]++ // an extractor bug: assignment to a nil map
		case "slow":
			<-release
		}
		return nil, errors.New("unexpected message")
	}
	for _, id := range []string{"boom", "slow"} {
		publishRaw(t, w.JetStream(), "news.raw.test", []byte(fmt.Sprintf(`{"id":%q,"text":"x"}`, id)), nil)
	}
	runUntilIdle(t, w)
	got := map[string]string{}
	for _, m := range streamMsgs(t, w.JetStream(), "NEWS_DLQ") {
		var env RawMessage
		_ = json.Unmarshal(m.Data(), &env)
		got[env.ID] = m.Headers().Get(HeaderDlqReason)
	}
	want := map[string]string{"boom": "panic", "slow": "timeout"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dead letters %v, want %v", got, want)
	}
}

// TestWorkerPublishedNotAcked: the worker dies after publishing a record
// and before acking the raw message; the message is redelivered to a
// second worker sharing the durable and still yields exactly one record.
func TestWorkerPublishedNotAcked(t *testing.T) {
	srv := natstest.RunServer(t)
	cfg := testConfig(t)
	cfg.AckWait = 2500 * time.Millisecond
	var abandoned atomic.Int32
	crashing := cfg
	crashing.beforeAck = func(uint64) bool { abandoned.Add(1); return false }
	w1 := newWorker(t, srv, crashing)
	data, h, err := ReadMessageFile(filepath.Join(fixturesDir, "fr-election.json"))
	if err != nil {
		t.Fatal(err)
	}
	publishRaw(t, w1.JetStream(), "news.raw.actu", data, h)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w1.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for abandoned.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if abandoned.Load() == 0 {
		t.Fatal("first worker never reached the ack")
	}
	w2 := newWorker(t, srv, cfg)
	runUntilIdle(t, w2)
	if st := w2.Stats(); st.Published != 1 || st.Processed != 1 {
		t.Errorf("second worker stats %v, want the redelivered message published and acked", st)
	}
	if recs := recordsByID(t, w2.JetStream()); len(recs) != 1 {
		t.Errorf("%d records, want exactly 1", len(recs))
	}
}

// TestWorkerTransientToMaxDeliver: when records cannot be published (the
// enriched stream is gone) the message is naked with back-off, then
// dead-lettered with reason max_deliver on its last delivery.
func TestWorkerTransientToMaxDeliver(t *testing.T) {
	srv := natstest.RunServer(t)
	cfg := testConfig(t)
	cfg.PublishTimeout = 300 * time.Millisecond
	w := newWorker(t, srv, cfg)
	js := w.JetStream()
	if err := js.DeleteStream(context.Background(), cfg.EnrichedStream); err != nil {
		t.Fatal(err)
	}
	publishRaw(t, js, "news.raw.test", []byte(`{"id":"t1","text":"Rabat, lundi 13 mai 2024."}`), nil)
	runUntilIdle(t, w)
	st := w.Stats()
	if st.Naked != int64(cfg.MaxDeliver-1) || st.DeadLettered != 1 {
		t.Errorf("stats %v naked=%d, want %d naks then one dead letter", st, st.Naked, cfg.MaxDeliver-1)
	}
	dlq := streamMsgs(t, js, "NEWS_DLQ")
	if len(dlq) != 1 || dlq[0].Headers().Get(HeaderDlqReason) != "max_deliver" ||
		dlq[0].Headers().Get(HeaderDlqDeliveries) != fmt.Sprint(cfg.MaxDeliver) {
		t.Errorf("dead letters %d, want one with reason max_deliver after %d deliveries", len(dlq), cfg.MaxDeliver)
	}
}

// TestWorkerGracefulStop stops a worker in the middle of a batch: every
// message it acked has its record, the rest stays in the consumer, and a
// second run finishes the batch with exactly one record per message.
func TestWorkerGracefulStop(t *testing.T) {
	srv := natstest.RunServer(t)
	cfg := testConfig(t)
	w := newWorker(t, srv, cfg)
	js := w.JetStream()
	const n = 40
	for i := range n {
		publishRaw(t, js, "news.raw.test", []byte(fmt.Sprintf(`{"id":"g%d","text":"Rabat, lundi 13 mai 2024. Article %d."}`, i, i)), nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	w.cfg.OnRecord = func(*Record, []byte) {
		if w.published.Load() >= 5 {
			once.Do(cancel)
		}
	}
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	st := w.Stats()
	acked := st.Processed
	info, err := w.cons.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// A message given back (naked while it waited for an extraction slot)
	// is pending redelivery, which the server counts as awaiting an ack.
	recs := len(recordsByID(t, js))
	if int64(recs) != acked || int64(info.NumAckPending) != st.GivenBack || int(info.NumPending)+int(info.NumAckPending)+recs != n {
		t.Errorf("after stop: %d acked, %d records, %d pending, %d awaiting ack, %d given back; want acked = records, the given back awaiting redelivery and the rest pending",
			acked, recs, info.NumPending, info.NumAckPending, st.GivenBack)
	}
	if acked == n {
		t.Log("the worker finished the batch before the stop took effect")
	}
	t.Logf("stopped after %d acked, %d given back", acked, st.GivenBack)
	w2 := newWorker(t, srv, cfg)
	runUntilIdle(t, w2)
	if recs := len(recordsByID(t, js)); recs != n {
		t.Errorf("%d records after the second run, want %d", recs, n)
	}
}

// TestWorkerGivesBackOnStop stops a worker while one message extracts and
// another waits for the extraction slot: the first is published and acked,
// the waiting one is given back unextracted, and a second run makes its
// record.
func TestWorkerGivesBackOnStop(t *testing.T) {
	srv := natstest.RunServer(t)
	cfg := testConfig(t)
	cfg.Concurrency = 1
	release := make(chan struct{})
	started := make(chan string, 8)
	var calls atomic.Int64
	cfg.WrapEnrich = func(next EnrichFunc) EnrichFunc {
		return func(m *RawMessage) (*Record, error) {
			if calls.Add(1) == 1 {
				started <- m.ID
				<-release
			}
			return next(m)
		}
	}
	w := newWorker(t, srv, cfg)
	js := w.JetStream()
	for i := range 2 {
		publishRaw(t, js, "news.raw.test", []byte(fmt.Sprintf(`{"id":"gb%d","text":"Oran, mardi 4 juin 2024. Dépêche %d."}`, i, i)), nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- w.Run(ctx) }()
	first := <-started
	deadline := time.Now().Add(10 * time.Second)
	for w.inflight.Load() < 2 {
		if time.Now().After(deadline) {
			t.Fatal("the second message never reached the worker")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	time.Sleep(50 * time.Millisecond) // the waiting message sees the stop
	close(release)
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if got := calls.Load(); got != 1 {
		t.Errorf("%d extractions in the stopped run, want 1 (the waiting message given back)", got)
	}
	recs := recordsByID(t, js)
	if _, ok := recs[first]; !ok || len(recs) != 1 {
		t.Errorf("records after stop %v, want only %s", recs, first)
	}
	if st := w.Stats(); st.Processed != 1 || st.Naked != 0 || st.GivenBack != 1 {
		t.Errorf("stats after stop %v naked=%d given_back=%d, want one processed, one given back and no transient nak", st, st.Naked, st.GivenBack)
	}
	w2 := newWorker(t, srv, cfg)
	runUntilIdle(t, w2)
	if recs := recordsByID(t, js); len(recs) != 2 {
		t.Errorf("%d records after the second run, want 2", len(recs))
	}
}
