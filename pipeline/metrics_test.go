package pipeline_test

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/newsworker/newsworker/pipeline"
)

func TestMetricsNilIsNoOp(t *testing.T) {
	var m *pipeline.Metrics
	// None of these may panic.
	m.Settled(pipeline.OutcomeAck, "")
	m.Redelivered()
	m.InFlight(1)
	m.ObserveStage(pipeline.StageTotal, time.Second)
	m.Published(true)
	m.Extracted(pipeline.FieldPeople, 2)
}

func TestMetricsCounts(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	m := pipeline.NewMetrics(reg)

	m.Settled(pipeline.OutcomeAck, "")
	m.Settled(pipeline.OutcomeAck, "")
	m.Settled(pipeline.OutcomeNak, "publish")
	m.Settled(pipeline.OutcomeDLQ, "invalid_json")
	m.Redelivered()
	m.InFlight(1)
	m.InFlight(1)
	m.InFlight(-1)
	m.Published(false)
	m.Published(true)
	m.Extracted(pipeline.FieldPeople, 2)
	m.Extracted(pipeline.FieldFigures, 3)
	m.Extracted(pipeline.FieldFigures, 0)
	m.Extracted(pipeline.FieldFigures, -4)

	want := `
# HELP newsworker_messages_total Raw messages settled, by outcome (ack, nak, dlq) and reason (empty for ack).
# TYPE newsworker_messages_total counter
newsworker_messages_total{outcome="ack",reason=""} 2
newsworker_messages_total{outcome="dlq",reason="invalid_json"} 1
newsworker_messages_total{outcome="nak",reason="publish"} 1
# HELP newsworker_redeliveries_total Raw messages received that had been delivered before (NumDelivered > 1).
# TYPE newsworker_redeliveries_total counter
newsworker_redeliveries_total 1
# HELP newsworker_messages_in_flight Raw messages received and not yet settled.
# TYPE newsworker_messages_in_flight gauge
newsworker_messages_in_flight 1
# HELP newsworker_records_published_total Enriched records whose publish the stream acknowledged, duplicates included.
# TYPE newsworker_records_published_total counter
newsworker_records_published_total 2
# HELP newsworker_publish_duplicates_total Enriched records the stream reported as duplicates of an earlier Nats-Msg-Id.
# TYPE newsworker_publish_duplicates_total counter
newsworker_publish_duplicates_total 1
# HELP newsworker_extracted_items_total Items extracted into enriched records, by record field.
# TYPE newsworker_extracted_items_total counter
newsworker_extracted_items_total{field="countries"} 0
newsworker_extracted_items_total{field="dates"} 0
newsworker_extracted_items_total{field="figures"} 3
newsworker_extracted_items_total{field="locations"} 0
newsworker_extracted_items_total{field="organizations"} 0
newsworker_extracted_items_total{field="people"} 2
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want),
		"newsworker_messages_total", "newsworker_redeliveries_total", "newsworker_messages_in_flight",
		"newsworker_records_published_total", "newsworker_publish_duplicates_total",
		"newsworker_extracted_items_total"); err != nil {
		t.Error(err)
	}
}

func TestMetricsStageHistogram(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	m := pipeline.NewMetrics(reg)
	m.ObserveStage(pipeline.StageDates, 3*time.Millisecond)
	m.ObserveStage(pipeline.StageDates, 2*time.Second)
	m.ObserveStage(pipeline.StageTotal, 5*time.Millisecond)

	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	type stat struct {
		count uint64
		sum   float64
	}
	got := map[string]stat{}
	for _, f := range families {
		if f.GetName() != "newsworker_stage_duration_seconds" {
			continue
		}
		for _, mt := range f.GetMetric() {
			h := mt.GetHistogram()
			got[mt.GetLabel()[0].GetValue()] = stat{h.GetSampleCount(), h.GetSampleSum()}
		}
	}
	for _, tc := range []struct {
		stage string
		want  stat
	}{
		{pipeline.StageDates, stat{2, 2.003}},
		{pipeline.StageTotal, stat{1, 0.005}},
		{pipeline.StagePublish, stat{0, 0}}, // created at zero before any observation
	} {
		t.Run(tc.stage, func(t *testing.T) {
			g, ok := got[tc.stage]
			if !ok {
				t.Fatalf("no series for stage %q", tc.stage)
			}
			if g.count != tc.want.count || abs(g.sum-tc.want.sum) > 1e-9 {
				t.Errorf("count, sum = %d, %g; want %d, %g", g.count, g.sum, tc.want.count, tc.want.sum)
			}
		})
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestMetricsRuntimeCollectors(t *testing.T) {
	reg := prometheus.NewRegistry()
	pipeline.NewMetrics(reg)
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range families {
		names[f.GetName()] = true
	}
	want := []string{"go_goroutines", "go_memstats_heap_alloc_bytes"}
	if runtime.GOOS == "linux" {
		want = append(want, "process_cpu_seconds_total", "process_resident_memory_bytes")
	}
	for _, n := range want {
		if !names[n] {
			t.Errorf("gathered metrics lack %s", n)
		}
	}
}

// Two Metrics on one registry (two workers in one process) share series
// instead of panicking on the second registration.
func TestMetricsSharedRegistry(t *testing.T) {
	reg := prometheus.NewRegistry()
	a := pipeline.NewMetrics(reg)
	b := pipeline.NewMetrics(reg)
	a.Redelivered()
	b.Redelivered()
	if got, want := gatheredValue(t, reg, "newsworker_redeliveries_total"), 2.0; got != want {
		t.Errorf("newsworker_redeliveries_total = %g, want %g", got, want)
	}
}

func TestMetricsConflictPanics(t *testing.T) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "newsworker_redeliveries_total", Help: "a different metric under the same name",
	}))
	defer func() {
		if recover() == nil {
			t.Error("NewMetrics did not panic on a conflicting registration")
		}
	}()
	pipeline.NewMetrics(reg)
}

func TestMetricsConcurrent(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := pipeline.NewMetrics(reg)
	const workers, each = 8, 500
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range each {
				m.InFlight(1)
				m.Settled(pipeline.OutcomeAck, "")
				m.ObserveStage(pipeline.StageTotal, time.Millisecond)
				m.InFlight(-1)
			}
		})
	}
	wg.Wait()
	if got, want := gatheredValue(t, reg, "newsworker_messages_total"), float64(workers*each); got != want {
		t.Errorf("newsworker_messages_total = %g, want %g", got, want)
	}
	if got := gatheredValue(t, reg, "newsworker_messages_in_flight"); got != 0 {
		t.Errorf("newsworker_messages_in_flight = %g, want 0", got)
	}
}

// gatheredValue returns the sum over all series of the counter or gauge name.
func gatheredValue(t *testing.T, g prometheus.Gatherer, name string) float64 {
	t.Helper()
	families, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	found := false
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, mt := range f.GetMetric() {
			found = true
			sum += mt.GetCounter().GetValue() + mt.GetGauge().GetValue()
		}
	}
	if !found {
		t.Fatalf("no metric %s gathered", name)
	}
	return sum
}
