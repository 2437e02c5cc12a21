package pipeline_test

// Operations tests: workers sharing a durable on a three-node cluster, the
// metrics a replay leaves behind, and readiness following the connection.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/newsworker/newsworker/pipeline"
	"github.com/newsworker/newsworker/pipeline/natstest"
)

// opsArticle is a short raw article envelope of our own, distinct per i.
func opsArticle(i int) []byte {
	texts := []string{
		"RABAT, Nov. %d - The ministry of equipment said on Monday that %d trucks reached the port of Tangier, carrying 4.5 million dollars of grain.",
		"الرباط - أعلنت وزارة الفلاحة يوم الاثنين %d نوفمبر أن %d شاحنة وصلت إلى ميناء طنجة.",
		"PARIS, %d novembre - Le ministre de l'Économie a annoncé jeudi une aide de %d millions d'euros pour les ports de Marseille et du Havre.",
	}
	b, err := json.Marshal(map[string]string{
		"id":           fmt.Sprintf("ops-%04d", i),
		"url":          fmt.Sprintf("https://news.example.org/ops/%d", i),
		"source":       "ops.example.org",
		"published_at": "2026-11-16T08:00:00Z",
		"text":         fmt.Sprintf(texts[i%len(texts)], 1+i%28, 10+i),
	})
	if err != nil {
		panic(err)
	}
	return b
}

// enrichedIDs reads every message of the enriched stream and counts the
// records per id.
func enrichedIDs(t *testing.T, js jetstream.JetStream, stream string) map[string]int {
	t.Helper()
	ids := map[string]int{}
	for _, msg := range natstest.StreamMsgs(t, js.Conn(), stream) {
		var rec struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(msg.Data(), &rec); err != nil {
			t.Fatalf("record on %s: %v", msg.Subject(), err)
		}
		if got := msg.Headers().Get(jetstream.MsgIDHeader); got != rec.ID {
			t.Errorf("record %s published with Nats-Msg-Id %q", rec.ID, got)
		}
		ids[rec.ID]++
	}
	return ids
}

// Two workers on one durable against a three-node cluster with R3 streams
// share the work, and every article yields exactly one record.
func TestClusterWorkersShareDurable(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a three-node cluster; skipped with -short")
	}
	const n = 60
	c := natstest.RunCluster(t, 3)
	cfg := pipeline.DefaultConfig()
	cfg.Replicas = 3
	cfg.Concurrency = 2

	type instance struct {
		w   *pipeline.Worker
		reg *prometheus.Registry
	}
	var ws []instance
	for range 2 {
		reg := prometheus.NewRegistry()
		icfg := cfg
		icfg.Metrics = pipeline.NewMetrics(reg)
		w, err := pipeline.NewWorker(c.Connect(t), icfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Setup(t.Context()); err != nil {
			t.Fatalf("setup: %v", err)
		}
		ws = append(ws, instance{w, reg})
	}

	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	for _, in := range ws {
		wg.Go(func() {
			if err := in.w.Run(ctx); err != nil {
				t.Errorf("run: %v", err)
			}
		})
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			cancel()
			wg.Wait()
		}
	}
	defer stop()

	js := ws[0].w.JetStream()
	// Publish once both workers wait on the consumer, so that neither can
	// take everything before the other starts.
	cons, err := js.Consumer(t.Context(), cfg.RawStream, cfg.Durable)
	if err != nil {
		t.Fatal(err)
	}
	opsWaitFor(t, 20*time.Second, "both workers pulling", func() bool {
		info, err := cons.Info(t.Context())
		return err == nil && info.NumWaiting >= 2
	})
	for i := range n {
		if _, err := js.Publish(t.Context(), "news.raw.ops", opsArticle(i)); err != nil {
			t.Fatalf("publish %d: %v", i, err)
		}
	}
	opsWaitFor(t, 60*time.Second, fmt.Sprintf("%d messages settled", n), func() bool {
		return ws[0].w.Stats().Processed+ws[1].w.Stats().Processed >= n
	})
	stop()

	var total int64
	for i, in := range ws {
		st := in.w.Stats()
		t.Logf("worker %d: %v naked=%d", i+1, st, st.Naked)
		if st.Processed == 0 {
			t.Errorf("worker %d processed nothing: the work was not split", i+1)
		}
		if st.DeadLettered != 0 {
			t.Errorf("worker %d dead-lettered %d messages", i+1, st.DeadLettered)
		}
		if got := opsMetricValue(t, in.reg, "newsworker_messages_total", "outcome", "ack"); got != float64(st.Processed) {
			t.Errorf("worker %d: newsworker_messages_total{outcome=ack} = %g, want %d", i+1, got, st.Processed)
		}
		total += st.Processed
	}
	if total != n {
		t.Errorf("processed %d messages in all, want %d", total, n)
	}

	ids := enrichedIDs(t, js, cfg.EnrichedStream)
	if len(ids) != n {
		t.Errorf("%d distinct records, want %d", len(ids), n)
	}
	for i := range n {
		id := fmt.Sprintf("ops-%04d", i)
		if ids[id] != 1 {
			t.Errorf("article %s has %d records, want exactly 1", id, ids[id])
		}
	}
	s, err := js.Stream(t.Context(), cfg.EnrichedStream)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := s.Info(t.Context()); err != nil {
		t.Fatal(err)
	} else if info.Config.Replicas != 3 || info.Cluster == nil || len(info.Cluster.Replicas) != 2 {
		t.Errorf("enriched stream replicas = %d (cluster %+v), want R3 on three nodes", info.Config.Replicas, info.Cluster)
	}
}

// After a replay the worker's /metrics show the messages it settled, the
// records it published, the time per stage and the items extracted.
func TestMetricsAfterReplay(t *testing.T) {
	srv := natstest.RunServer(t)
	reg := prometheus.NewRegistry()
	cfg := pipeline.DefaultConfig()
	cfg.Metrics = pipeline.NewMetrics(reg)
	w, err := pipeline.NewWorker(srv.Connect(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Setup(t.Context()); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(pipeline.NewHTTPHandler(reg, w.Ready))
	defer hs.Close()

	// Three articles and one poison message (an envelope without a body).
	dir := t.TempDir()
	const good = 3
	for i := range good {
		opsWriteFile(t, filepath.Join(dir, fmt.Sprintf("a%d.json", i)), opsArticle(i))
	}
	opsWriteFile(t, filepath.Join(dir, "poison.json"), []byte(`{"url":"https://news.example.org/ops/empty","source":"ops.example.org"}`))
	n, err := pipeline.Replay(t.Context(), w.JetStream(), dir, cfg.RawSubject)
	if err != nil || n != good+1 {
		t.Fatalf("replay: %d messages, %v; want %d", n, err, good+1)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	if err := w.RunUntilIdle(ctx); err != nil {
		t.Fatal(err)
	}

	mfs := opsScrape(t, hs.URL+"/metrics")
	for _, c := range []struct {
		name, label, value string
		want               func(float64) bool
		desc               string
	}{
		{"newsworker_messages_total", "outcome", "ack", opsEq(good), fmt.Sprint(good)},
		{"newsworker_messages_total", "outcome", "dlq", opsEq(1), "1"},
		{"newsworker_records_published_total", "", "", opsEq(good), fmt.Sprint(good)},
		{"newsworker_publish_duplicates_total", "", "", opsEq(0), "0"},
		{"newsworker_messages_in_flight", "", "", opsEq(0), "0"},
		{"newsworker_redeliveries_total", "", "", opsEq(0), "0"},
		{"newsworker_extracted_items_total", "field", "dates", opsGt(0), "> 0"},
		{"newsworker_extracted_items_total", "field", "locations", opsGt(0), "> 0"},
		{"newsworker_extracted_items_total", "field", "figures", opsGt(0), "> 0"},
		{"newsworker_stage_duration_seconds", "stage", "decode", opsEq(good + 1), fmt.Sprint(good + 1)},
		{"newsworker_stage_duration_seconds", "stage", "total", opsEq(good), fmt.Sprint(good)},
		{"newsworker_stage_duration_seconds", "stage", "publish", opsEq(good), fmt.Sprint(good)},
		{"newsworker_stage_duration_seconds", "stage", "dates", opsGt(0), "> 0"},
		{"go_goroutines", "", "", opsGt(0), "> 0"},
	} {
		got := opsFamilyValue(mfs[c.name], c.label, c.value)
		if !c.want(got) {
			t.Errorf("%s{%s=%q} = %g, want %s", c.name, c.label, c.value, got, c.desc)
		}
	}
	if got := opsFamilyValue(mfs["newsworker_messages_total"], "reason", string(pipeline.ReasonNoBody)); got != 1 {
		t.Errorf("newsworker_messages_total{reason=%q} = %g, want 1", pipeline.ReasonNoBody, got)
	}
}

// /readyz answers 503 with the reason while the NATS server is away and
// 200 once the connection is back; /healthz stays 200 throughout, and the
// worker consumes again after the outage.
func TestReadyzFollowsNATS(t *testing.T) {
	srv := natstest.RunServer(t)
	nc := srv.Connect(t)
	reg := prometheus.NewRegistry()
	cfg := pipeline.DefaultConfig()
	cfg.Metrics = pipeline.NewMetrics(reg)
	w, err := pipeline.NewWorker(nc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(pipeline.NewHTTPHandler(reg, w.Ready))
	defer hs.Close()

	if code, body := opsGet(t, hs.URL+"/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("before setup: /readyz = %d %q, want 503", code, body)
	}
	if err := w.Setup(t.Context()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	opsExpectStatus(t, hs.URL+"/readyz", http.StatusOK, "")

	srv.Shutdown()
	body := opsExpectStatus(t, hs.URL+"/readyz", http.StatusServiceUnavailable, "not ready")
	t.Logf("NATS down: /readyz %q", strings.TrimSpace(body))
	if code, _ := opsGet(t, hs.URL+"/healthz"); code != http.StatusOK {
		t.Errorf("NATS down: /healthz = %d, want 200 (liveness must not follow NATS)", code)
	}

	srv.Restart(t)
	opsExpectStatus(t, hs.URL+"/readyz", http.StatusOK, "")

	// Consuming resumes on the same durable.
	if _, err := w.JetStream().Publish(t.Context(), "news.raw.ops", opsArticle(1)); err != nil {
		t.Fatalf("publish after restart: %v", err)
	}
	opsWaitFor(t, 30*time.Second, "the message published after the outage processed", func() bool {
		return w.Stats().Processed >= 1
	})
}

func opsWriteFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitFor polls cond every 20ms until it holds, failing the test after d.
func opsWaitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func opsGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// expectStatus polls url until it answers status with a body containing
// want, failing the test after 20s; it returns the body.
func opsExpectStatus(t *testing.T, url string, status int, want string) string {
	t.Helper()
	var code int
	var body string
	opsWaitFor(t, 20*time.Second, fmt.Sprintf("GET %s → %d", url, status), func() bool {
		code, body = opsGet(t, url)
		return code == status && strings.Contains(body, want)
	})
	return body
}

// scrape GETs a /metrics URL and parses the text exposition format.
func opsScrape(t *testing.T, url string) map[string]*dto.MetricFamily {
	t.Helper()
	code, body := opsGet(t, url)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d", url, code)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	mfs, err := p.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parse %s: %v", url, err)
	}
	return mfs
}

// familyValue sums the values (counter, gauge, untyped, or histogram sample
// count) of the series of mf whose label has value; an empty label takes
// every series.
func opsFamilyValue(mf *dto.MetricFamily, label, value string) float64 {
	if mf == nil {
		return -1
	}
	var sum float64
	for _, m := range mf.GetMetric() {
		if label != "" && !opsHasLabel(m, label, value) {
			continue
		}
		sum += m.GetCounter().GetValue() + m.GetGauge().GetValue() + m.GetUntyped().GetValue() +
			float64(m.GetHistogram().GetSampleCount())
	}
	return sum
}

func opsHasLabel(m *dto.Metric, name, value string) bool {
	for _, l := range m.GetLabel() {
		if l.GetName() == name && l.GetValue() == value {
			return true
		}
	}
	return false
}

// metricValue is familyValue over a Gatherer.
func opsMetricValue(t *testing.T, g prometheus.Gatherer, name, label, value string) float64 {
	t.Helper()
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return opsFamilyValue(mf, label, value)
		}
	}
	return -1
}

func opsEq(want float64) func(float64) bool { return func(got float64) bool { return got == want } }
func opsGt(min float64) func(float64) bool  { return func(got float64) bool { return got > min } }
