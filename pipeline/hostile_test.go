package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/newsworker/newsworker/pipeline"
	"github.com/newsworker/newsworker/pipeline/natstest"
)

// knownReasons are the poison reasons Decode and Enrich may give.
var knownReasons = map[pipeline.Reason]bool{
	pipeline.ReasonInvalidJSON: true, pipeline.ReasonWrongType: true,
	pipeline.ReasonInvalidField: true, pipeline.ReasonNoBody: true,
	pipeline.ReasonNotText: true, pipeline.ReasonCharset: true,
	pipeline.ReasonBadHTML: true, pipeline.ReasonTooLarge: true,
}

// fuzzMaxBytes keeps fuzz inputs over the limit cheap to produce.
const fuzzMaxBytes = 4096

func fuzzSeeds(f *testing.F) {
	for _, s := range []struct {
		data, ct string
		meta     bool
	}{
		{`{"id":"a-1","url":"https://example.org/a","source":"wire","lang":"en","published_at":"2026-11-29T08:00:00Z","text":"The port of Agadir reopened on Sunday after 3 days."}`, "application/json", false},
		{`{"html":"<html><body><p>افتتح وزير النقل الميناء يوم الأحد ٢٩ نوفمبر.</p></body></html>"}`, "", false},
		{`{"text": 5}`, "", false},
		{`{"text": "a"`, "", false},
		{`[1,2,3]`, "", false},
		{`{"id":"x","url":"u"}`, "", false},
		{"<p>Le conseil s'est réuni à Rabat jeudi.</p>", "text/html; charset=utf-8", true},
		{"L'\xe9t\xe9 \xe0 Rabat", "text/plain; charset=iso-8859-1", true},
		{"\xff\xfe\x00", "text/plain; charset=utf-16", true},
		{"abc", "text/plain; charset=x-unknown", true},
		{"\xef\xbb\xbf{\"text\":\"bom\"}", "", false},
		{strings.Repeat("9", fuzzMaxBytes+1), "text/plain", true},
		{"<div><div><div><b>" + strings.Repeat("ـ", 300) + "</b></div></div></div>", "text/html", true},
	} {
		f.Add([]byte(s.data), s.ct, s.meta)
	}
}

func fuzzHeader(ct string, meta bool) nats.Header {
	h := nats.Header{}
	if ct != "" {
		h.Set(pipeline.HeaderContentType, ct)
	}
	if meta {
		h.Set(pipeline.HeaderArticleURL, "https://example.org/fuzz")
		h.Set(pipeline.HeaderArticleSource, "fuzz")
	}
	return h
}

// FuzzDecode checks that Decode never panics, that every failure is a
// poison error with a known reason, and that every success is a message
// with a valid id and a body, decoded the same way twice.
func FuzzDecode(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, ct string, meta bool) {
		h := fuzzHeader(ct, meta)
		m, err := pipeline.Decode(data, h, fuzzMaxBytes)
		if err != nil {
			if !errors.Is(err, pipeline.ErrPoison) {
				t.Fatalf("error %v does not match ErrPoison", err)
			}
			if r := pipeline.ReasonOf(err); !knownReasons[r] {
				t.Fatalf("unknown reason %q (%v)", r, err)
			}
			if len(data) > fuzzMaxBytes && pipeline.ReasonOf(err) != pipeline.ReasonTooLarge {
				t.Fatalf("%d bytes over the limit gave %v, want too_large", len(data), err)
			}
			return
		}
		if len(data) > fuzzMaxBytes {
			t.Fatalf("%d bytes over the %d-byte limit accepted", len(data), fuzzMaxBytes)
		}
		if m.ID == "" || len(m.ID) > 512 {
			t.Fatalf("id %q: empty or over 512 bytes", m.ID)
		}
		if strings.TrimSpace(m.HTML) == "" && strings.TrimSpace(m.Text) == "" && len(m.Body) == 0 {
			t.Fatal("accepted a message without a body")
		}
		m2, err := pipeline.Decode(data, h, fuzzMaxBytes)
		if err != nil || m2.ID != m.ID {
			t.Fatalf("second decode = %v, %v; first gave id %q", m2, err, m.ID)
		}
	})
}

// FuzzEnrich runs whatever Decode accepts through every extractor (without
// recovering panics, so that a panic fails the fuzzer) and checks the
// record: it marshals, and every span's text is the code points of the
// record's text at its offsets.
func FuzzEnrich(f *testing.F) {
	fuzzSeeds(f)
	e := pipeline.NewEnricher(pipeline.EnricherConfig{Now: func() time.Time { return time.Unix(0, 0) }})
	f.Fuzz(func(t *testing.T, data []byte, ct string, meta bool) {
		m, err := pipeline.Decode(data, fuzzHeader(ct, meta), fuzzMaxBytes)
		if err != nil {
			return
		}
		rec, err := e.Enrich(m)
		if err != nil {
			if r := pipeline.ReasonOf(err); !knownReasons[r] {
				t.Fatalf("enrich: unknown reason %q (%v)", r, err)
			}
			return
		}
		checkSpans(t, rec)
	})
}

// checkSpans marshals rec and checks every object holding text, start and
// end against the record's text, counted in code points.
func checkSpans(t *testing.T, rec *pipeline.Record) {
	t.Helper()
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatalf("marshal record: %v", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("record is not a json object: %v", err)
	}
	runes := []rune(rec.Text)
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			s, sok := v["start"].(float64)
			e, eok := v["end"].(float64)
			txt, tok := v["text"].(string)
			if sok && eok && tok {
				i, j := int(s), int(e)
				if i < 0 || j < i || j > len(runes) {
					t.Fatalf("%s: span [%d,%d) outside text of %d code points", path, i, j, len(runes))
				}
				if got := string(runes[i:j]); got != txt {
					t.Fatalf("%s: text[%d:%d] = %q, span text %q", path, i, j, got, txt)
				}
			}
			for k, x := range v {
				if path == "" && k == "text" {
					continue
				}
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path+"[]", x)
			}
		}
	}
	walk("", doc)
}

// hostileMsg is one raw message of the hostile-input tests.
type hostileMsg struct {
	name string
	data []byte
	ct   string
	want pipeline.Reason // "" for a record
}

// publishHostile publishes msgs in order on news.raw.hostile and returns
// their stream sequences.
func publishHostile(t *testing.T, js jetstream.JetStream, msgs []hostileMsg) []uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	seqs := make([]uint64, len(msgs))
	for i, m := range msgs {
		msg := &nats.Msg{Subject: "news.raw.hostile", Data: m.data, Header: nats.Header{}}
		if m.ct != "" {
			msg.Header.Set(pipeline.HeaderContentType, m.ct)
		}
		ack, err := js.PublishMsg(ctx, msg)
		if err != nil {
			t.Fatalf("publish %s (%d bytes): %v", m.name, len(m.data), err)
		}
		seqs[i] = ack.Sequence
	}
	return seqs
}

// outcomes maps each raw stream sequence to its DLQ reason, or to "record"
// when the raw message's id has a record.
func outcomes(t *testing.T, nc *nats.Conn, cfg pipeline.Config) (dlq map[uint64]string, records map[string]int) {
	t.Helper()
	dlq, records = map[uint64]string{}, map[string]int{}
	for _, m := range natstest.StreamMsgs(t, nc, cfg.DLQStream) {
		seq, err := strconv.ParseUint(m.Headers().Get(pipeline.HeaderDlqStreamSeq), 10, 64)
		if err != nil {
			t.Fatalf("DLQ entry without %s: %v", pipeline.HeaderDlqStreamSeq, err)
		}
		dlq[seq] = m.Headers().Get(pipeline.HeaderDlqReason)
	}
	for _, m := range natstest.StreamMsgs(t, nc, cfg.EnrichedStream) {
		records[m.Headers().Get(jetstream.MsgIDHeader)]++
	}
	return dlq, records
}

func envelope(id, text string) []byte {
	b, _ := json.Marshal(map[string]string{"id": id, "text": text})
	return b
}

// bigPayload lets the server take messages up to NATS's 64 MB ceiling, so
// that the worker's own size limit is what refuses them.
func bigPayload(o *server.Options) { o.MaxPayload = 64 << 20 }

// TestHostileReasons sends every kind of malformed message through the
// worker and checks each lands in the DLQ with its precise reason while
// the good article after them gets its record.
func TestHostileReasons(t *testing.T) {
	big := func(n int) []byte { return bytes.Repeat([]byte("a"), n) }
	msgs := []hostileMsg{
		{"over the limit by one byte", big(pipeline.DefaultMaxBytes + 1), "text/plain", pipeline.ReasonTooLarge},
		{"invalid json", []byte(`{"id": "h-1", "text": "Le conseil`), "application/json", pipeline.ReasonInvalidJSON},
		{"json array", []byte(`["h-2"]`), "application/json", pipeline.ReasonInvalidJSON},
		{"empty message", nil, "", pipeline.ReasonInvalidJSON},
		{"text is a number", []byte(`{"id": "h-3", "text": 42}`), "application/json", pipeline.ReasonWrongType},
		{"id is a list", []byte(`{"id": ["h-4"], "text": "Talks resumed."}`), "application/json", pipeline.ReasonWrongType},
		{"no body", []byte(`{"id": "h-5", "url": "https://news.example.org/h-5"}`), "application/json", pipeline.ReasonNoBody},
		{"blank html", []byte(" \n\t"), "text/html", pipeline.ReasonNoBody},
		{"unknown charset", []byte("Rabat"), "text/plain; charset=x-martian-7", pipeline.ReasonCharset},
		{"invalid utf-8", []byte("R\xe9union \xff\xfe \xc3"), "text/plain; charset=utf-8", pipeline.ReasonNotText},
		{"good article", envelope("h-good", "The ministers met in Amman on Sunday 12 May 2024 and signed 4 agreements."), "application/json", ""},
	}
	srv := natstest.RunServer(t, bigPayload)
	cfg := faultConfig()
	nc := srv.Connect(t)
	js := newJS(t, nc)
	w := startWorker(t, nc, cfg)
	seqs := publishHostile(t, js, msgs)
	waitSettled(t, js, cfg, len(msgs), 60*time.Second)
	w.stop()
	dlq, records := outcomes(t, nc, cfg)
	for i, m := range msgs {
		got, ok := dlq[seqs[i]]
		switch {
		case m.want == "" && (ok || records["h-good"] != 1):
			t.Errorf("%s: DLQ %q, %d records; want one record", m.name, got, records["h-good"])
		case m.want != "" && got != string(m.want):
			t.Errorf("%s: DLQ reason %q, want %q", m.name, got, m.want)
		}
	}
	t.Logf("figures: hostile-reasons in=%d records=%d dlq=%d", len(msgs), len(records), len(dlq))
}

// TestHostilePanicTimeoutAndLogs injects a panicking and a slow stage,
// runs every poison kind and good articles through a worker logging at
// debug level into an observer, and checks: the panic is dead-lettered
// (panic) with its stack in the log, the slow article is dead-lettered
// (timeout), the worker keeps going, and no log entry holds an article
// body, the password or the token of the connection.
func TestHostilePanicTimeoutAndLogs(t *testing.T) {
	const (
		password = "pw-Hq72-never-logged"
		token    = "tok-Lx55-never-logged"
		marker   = "Body-marker-7Q"
	)
	srv := natstest.RunServer(t, func(o *server.Options) {
		o.Users = []*server.User{{Username: "ingest", Password: password}}
	})
	auth := pipeline.Auth{User: "ingest", Password: password}
	opts, err := auth.Options()
	if err != nil {
		t.Fatal(err)
	}
	nc := srv.Connect(t, opts...)
	js := newJS(t, nc)

	core, logs := observer.New(zapcore.DebugLevel)
	cfg := faultConfig()
	cfg.Timeout = 1500 * time.Millisecond // the good articles must finish well within it, even under -race
	cfg.Logger = zap.New(core).With(zap.Object("auth", auth), zap.Stringer("auth_text", auth),
		zap.String("url", pipeline.RedactURL("nats://ingest:"+password+"@127.0.0.1:4222,nats://"+token+"@127.0.0.1:4223")))
	cfg.WrapEnrich = func(next pipeline.EnrichFunc) pipeline.EnrichFunc {
		return func(m *pipeline.RawMessage) (*pipeline.Record, error) {
			switch m.ID {
			case "h-panic":
				var stage map[string]int
				stage["figures"]++ // a nil-map write, as a buggy stage would do
			case "h-slow":
				time.Sleep(3 * cfg.Timeout)
			}
			return next(m)
		}
	}
	body := func(id string) []byte {
		return envelope(id, marker+" Le ministre a inauguré lundi 3 juin 2024 à Sfax une usine de 120 emplois.")
	}
	msgs := []hostileMsg{
		{"panic", body("h-panic"), "application/json", pipeline.ReasonPanic},
		{"slow", body("h-slow"), "application/json", pipeline.ReasonTimeout},
		{"invalid json", []byte(`{"id": "h-bad", "text": "` + marker), "application/json", pipeline.ReasonInvalidJSON},
		{"wrong type", []byte(`{"id": "h-type", "text": ["` + marker + `"]}`), "application/json", pipeline.ReasonWrongType},
		{"not text", append([]byte(marker), 0xff, 0xfe), "text/plain; charset=utf-8", pipeline.ReasonNotText},
	}
	for i := range 5 {
		msgs = append(msgs, hostileMsg{fmt.Sprintf("good %d", i), body(fmt.Sprintf("h-good-%d", i)), "application/json", ""})
	}
	w := startWorker(t, nc, cfg)
	seqs := publishHostile(t, js, msgs)
	waitSettled(t, js, cfg, len(msgs), 60*time.Second)
	w.stop()
	dlq, records := outcomes(t, nc, cfg)
	for i, m := range msgs {
		if m.want == "" {
			continue
		}
		if got := dlq[seqs[i]]; got != string(m.want) {
			t.Errorf("%s: DLQ reason %q, want %q", m.name, got, m.want)
		}
	}
	if len(records) != 5 {
		t.Errorf("%d records after the panic and the timeout, want the 5 good articles", len(records))
	}

	var stack bool
	for _, e := range logs.All() {
		fields := e.ContextMap()
		if fields["reason"] == string(pipeline.ReasonPanic) {
			s, _ := fields["stack"].(string)
			stack = strings.Contains(s, "goroutine") && strings.Contains(s, "TestHostilePanicTimeoutAndLogs")
		}
		text := e.Message + " " + fmt.Sprint(fields)
		for _, secret := range []string{marker, password, token, "inauguré"} {
			if strings.Contains(text, secret) {
				t.Errorf("log entry %q holds %q: %.300s", e.Message, secret, text)
			}
		}
	}
	if !stack {
		t.Error("no log entry with reason panic and the panicking stage's stack")
	}
	t.Logf("checked %d log entries; figures: hostile-panic-timeout in=%d records=%d dlq=%d", logs.Len(), len(msgs), len(records), len(dlq))
}

// TestHostileAbandonedExtractionsBounded times out extractions that run on
// after their budget and checks that no more than Concurrency extraction
// goroutines ever run at once, abandoned ones included.
func TestHostileAbandonedExtractionsBounded(t *testing.T) {
	srv := natstest.RunServer(t)
	cfg := faultConfig()
	cfg.Concurrency = 2
	cfg.Timeout = 100 * time.Millisecond
	var running, peak atomic.Int64
	cfg.WrapEnrich = func(next pipeline.EnrichFunc) pipeline.EnrichFunc {
		return func(m *pipeline.RawMessage) (*pipeline.Record, error) {
			n := running.Add(1)
			defer running.Add(-1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(500 * time.Millisecond) // 5 × the budget, then returns
			return next(m)
		}
	}
	nc := srv.Connect(t)
	js := newJS(t, nc)
	w := startWorker(t, nc, cfg)
	var msgs []hostileMsg
	for i := range 8 {
		msgs = append(msgs, hostileMsg{fmt.Sprint(i), envelope(fmt.Sprintf("h-stuck-%d", i), "Talks resumed in Doha on Monday."), "application/json", pipeline.ReasonTimeout})
	}
	publishHostile(t, js, msgs)
	waitSettled(t, js, cfg, len(msgs), 60*time.Second)
	w.stop()
	if got := peak.Load(); got > int64(cfg.Concurrency) {
		t.Errorf("%d extractions ran at once, want at most Concurrency = %d", got, cfg.Concurrency)
	}
	dlq, _ := outcomes(t, nc, cfg)
	t.Logf("figures: abandoned-extractions in=%d dlq=%d peak_extractions=%d", len(msgs), len(dlq), peak.Load())
}

// sampleHeap records the peak heap in use until stop is called.
func sampleHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak.Load()
	}
}

// pathoMsg is a pathological input, built only when it is sent so that
// the peak heap measured is the worker's, not the test's.
type pathoMsg struct {
	name string
	make func() []byte
	ct   string
	want pipeline.Reason // too_large, or "" for a record (or timeout)
}

// pathological returns the hostile texts every extractor must get through
// in bounded time and memory. The long lines are 7 MB, just under the
// default 8 MB limit; the extractors read their first MaxExtractBytes.
func pathological() []pathoMsg {
	words := "the delegation from the northern provinces met the council in the capital "
	dense := "The council met in Rabat on 12 March 2024 and pledged 5 million dollars to 3 countries. "
	line := 7 << 20
	repeat := func(s string, n int) func() []byte {
		return func() []byte { return []byte(strings.Repeat(s, n/len(s))) }
	}
	return []pathoMsg{
		{"30 MB on one line", repeat(words, 30<<20), "text/plain", pipeline.ReasonTooLarge},
		{"7 MB of words on one line", repeat(words, line), "text/plain", ""},
		{"7 MB of dates and figures on one line", repeat(dense, line), "text/plain", ""},
		{"100,000 digits", func() []byte { return []byte("Le budget atteint " + strings.Repeat("7", 100000) + " euros.") }, "text/plain", ""},
		{"a million commas", func() []byte { return []byte("Figures: " + strings.Repeat("1,", 1000000)) }, "text/plain", ""},
		{"3.5 million tatweel", func() []byte {
			return []byte("وصل الوزير إلى الريـ" + strings.Repeat("ـ", 3500000) + "ـاض يوم الأحد")
		}, "text/plain", ""},
		{"100,000 nested divs", func() []byte {
			return []byte("<html><body>" + strings.Repeat("<div>", 100000) + "<p>Talks opened in Geneva on Monday.</p>" + strings.Repeat("</div>", 100000) + "</body></html>")
		}, "text/html", ""},
		{"100,000 unclosed tags", func() []byte {
			return []byte("<html><body>" + strings.Repeat("<b><i><span>", 100000) + "Rabat</body></html>")
		}, "text/html", ""},
		{"ordinary article", func() []byte { return envelope("h-after", "Ministers met in Tunis on Friday 7 June 2024.") }, "application/json", ""},
	}
}

// TestHostilePathological sends the pathological texts through the
// worker: each ends as a record or, past the size limit or the time
// budget, in the DLQ (too_large, timeout) — never stuck — and an ordinary
// article after them still gets its record. Time and peak heap are logged
// per input.
func TestHostilePathological(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological inputs: skipped with -short")
	}
	// 50 MB on one line never reaches the worker: JetStream's file store
	// refuses messages over 32 MB at publish. Decoding it directly shows
	// the worker's limit would refuse it before any extractor runs.
	line50 := bytes.Repeat([]byte("the delegation met the council in the capital "), 50<<20/47+1)
	if _, err := pipeline.Decode(line50, nats.Header{pipeline.HeaderContentType: {"text/plain"}}, 0); pipeline.ReasonOf(err) != pipeline.ReasonTooLarge {
		t.Errorf("50 MB on one line: Decode = %v, want too_large", err)
	}

	srv := natstest.RunServer(t, bigPayload)
	cfg := faultConfig()
	cfg.Concurrency = 1 // one at a time, so each input's time and memory are its own
	cfg.Timeout = 20 * time.Second
	cfg.AckWait = 5 * time.Second
	nc := srv.Connect(t)
	js := newJS(t, nc)
	w := startWorker(t, nc, cfg)
	msgs := pathological()
	for i, m := range msgs {
		runtime.GC()
		stop := sampleHeap()
		start := time.Now()
		data := m.make()
		size := len(data)
		publishHostile(t, js, []hostileMsg{{name: m.name, data: data, ct: m.ct}})
		data = nil
		waitSettled(t, js, cfg, i+1, 5*time.Minute)
		peak := stop()
		t.Logf("pathological: %-38s %9d bytes  settled in %v  peak heap %d MB", m.name, size, time.Since(start).Round(time.Millisecond), peak>>20)
	}
	w.stop()
	dlq, records := outcomes(t, nc, cfg)
	if records["h-after"] != 1 {
		t.Error("the ordinary article after the pathological ones has no record")
	}
	seq := uint64(0)
	for _, m := range msgs {
		seq++
		got := dlq[seq]
		switch {
		case m.want == pipeline.ReasonTooLarge && got != string(pipeline.ReasonTooLarge):
			t.Errorf("%s: DLQ %q, want too_large", m.name, got)
		case m.want == "" && got != "" && got != string(pipeline.ReasonTimeout):
			t.Errorf("%s: DLQ %q, want a record or timeout", m.name, got)
		case got == string(pipeline.ReasonTimeout):
			t.Logf("%s: over the %v budget, dead-lettered (timeout)", m.name, cfg.Timeout)
		}
	}
	t.Logf("figures: pathological in=%d records=%d dlq=%d", len(msgs), len(records), len(dlq))
}

// TestEmbeddedListensOnLoopbackOnly starts the worker's embedded server
// and checks that it is reachable on 127.0.0.1 and refuses connections on
// every other address of the machine.
func TestEmbeddedListensOnLoopbackOnly(t *testing.T) {
	emb, err := pipeline.StartEmbedded(pipeline.EmbeddedConfig{StoreDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Shutdown()
	u, err := url.Parse(emb.URL())
	if err != nil {
		t.Fatal(err)
	}
	if u.Hostname() != "127.0.0.1" {
		t.Fatalf("embedded server URL %s, want host 127.0.0.1", emb.URL())
	}
	conn, err := net.DialTimeout("tcp", u.Host, 2*time.Second)
	if err != nil {
		t.Fatalf("dial %s: %v", u.Host, err)
	}
	conn.Close()
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	tried := 0
	for _, a := range addrs {
		ipn, ok := a.(*net.IPNet)
		if !ok || ipn.IP.IsLoopback() || ipn.IP.IsLinkLocalUnicast() {
			continue
		}
		tried++
		target := net.JoinHostPort(ipn.IP.String(), u.Port())
		if conn, err := net.DialTimeout("tcp", target, 2*time.Second); err == nil {
			conn.Close()
			t.Errorf("embedded server accepts connections on %s", target)
		}
	}
	t.Logf("embedded server on %s; refused on %d other addresses", u.Host, tried)
}

// TestLongTextExtractedFromPrefix checks that a text longer than
// MaxExtractBytes is kept whole in the record, that the extractors read
// only its first MaxExtractBytes (every span inside them), and that the
// record says so.
func TestLongTextExtractedFromPrefix(t *testing.T) {
	sentence := "Le ministre a inauguré lundi 3 juin 2024 à Sfax une usine de 120 emplois. "
	text := strings.Repeat(sentence, 2*pipeline.MaxExtractBytes/len(sentence))
	e := pipeline.NewEnricher(pipeline.EnricherConfig{})
	rec, err := e.Enrich(&pipeline.RawMessage{ID: "long", Lang: "fr", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Text) < len(text)-2 {
		t.Errorf("record text of %d bytes, want the whole %d", len(rec.Text), len(text))
	}
	warned := false
	for _, w := range rec.Processing.Warnings {
		warned = warned || strings.Contains(w, "extracted from the first")
	}
	if !warned {
		t.Errorf("warnings %q, want one about the cut", rec.Processing.Warnings)
	}
	limit := utf8.RuneCountInString(text[:pipeline.MaxExtractBytes])
	for _, f := range rec.Figures {
		if f.End > limit {
			t.Fatalf("figure %q at [%d,%d) beyond the first %d code points", f.Text, f.Start, f.End, limit)
		}
	}
	if len(rec.Figures) == 0 {
		t.Error("no figure extracted from the prefix")
	}
	checkSpans(t, rec)
}
