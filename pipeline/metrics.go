package pipeline

import (
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Stage names passed to Metrics.ObserveStage. Each is one value of the
// "stage" label of newsworker_stage_duration_seconds. StageTotal is the
// whole enrichment of a decoded message (htmltext through figures), so it
// excludes decoding and publishing, which have their own stages.
const (
	StageDecode    = "decode"
	StageHTMLText  = "htmltext"
	StageLang      = "lang"
	StageDates     = "dates"
	StagePlaces    = "places"
	StageAttendees = "attendees"
	StageFigures   = "figures"
	StagePublish   = "publish"
	StageTotal     = "total"
)

// Outcomes passed to Metrics.Settled: the "outcome" label of
// newsworker_messages_total.
const (
	OutcomeAck = "ack"
	OutcomeNak = "nak"
	OutcomeDLQ = "dlq"
)

// Fields passed to Metrics.Extracted: the "field" label of
// newsworker_extracted_items_total.
const (
	FieldDates         = "dates"
	FieldLocations     = "locations"
	FieldCountries     = "countries"
	FieldPeople        = "people"
	FieldOrganizations = "organizations"
	FieldFigures       = "figures"
)

// stageBuckets spans 100µs (language detection of a short item) to about
// 6.5s (a publish waiting on a slow cluster), a factor of 4 apart.
var stageBuckets = prometheus.ExponentialBuckets(0.0001, 4, 9)

// Metrics holds the worker's Prometheus collectors. Every method is safe for
// concurrent use and is a no-op on a nil *Metrics, so code that counts never
// needs to check whether metrics are enabled.
//
// The series it exposes:
//
//	newsworker_messages_total{outcome,reason}    raw messages settled: ack, nak or dlq (reason empty for ack)
//	newsworker_redeliveries_total                raw messages received with NumDelivered > 1
//	newsworker_messages_in_flight                raw messages received and not yet settled
//	newsworker_stage_duration_seconds{stage}     time spent per processing stage (histogram); stage="total" is the whole enrichment, htmltext to figures
//	newsworker_records_published_total           enriched records acknowledged by the stream, duplicates included
//	newsworker_publish_duplicates_total          of those, the ones the server reported as duplicates (Nats-Msg-Id seen)
//	newsworker_extracted_items_total{field}      items extracted, per record field
//
// plus the Go runtime (go_*) and process (process_*) collectors.
type Metrics struct {
	messages    *prometheus.CounterVec
	redelivered prometheus.Counter
	inFlight    prometheus.Gauge
	stages      *prometheus.HistogramVec
	published   prometheus.Counter
	duplicates  prometheus.Counter
	extracted   *prometheus.CounterVec
}

// NewMetrics creates the worker's collectors and registers them, with the Go
// runtime and process collectors, on reg. A nil reg leaves them unregistered
// (useful in tests that only read the values).
//
// Registering twice on the same registry is allowed: a collector that is
// already registered is reused, so several workers in one process (or a
// registry that already has the Go collector, such as
// prometheus.DefaultRegisterer) share the same series. Any other registration
// conflict (a different metric with the same name) panics, as
// prometheus.MustRegister does, because it is a programming error.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsworker_messages_total",
			Help: "Raw messages settled, by outcome (ack, nak, dlq) and reason (empty for ack).",
		}, []string{"outcome", "reason"}),
		redelivered: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsworker_redeliveries_total",
			Help: "Raw messages received that had been delivered before (NumDelivered > 1).",
		}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsworker_messages_in_flight",
			Help: "Raw messages received and not yet settled.",
		}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsworker_stage_duration_seconds",
			Help:    "Time spent in each processing stage of one message, in seconds; stage=total is the whole enrichment (htmltext to figures).",
			Buckets: stageBuckets,
		}, []string{"stage"}),
		published: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsworker_records_published_total",
			Help: "Enriched records whose publish the stream acknowledged, duplicates included.",
		}),
		duplicates: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsworker_publish_duplicates_total",
			Help: "Enriched records the stream reported as duplicates of an earlier Nats-Msg-Id.",
		}),
		extracted: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsworker_extracted_items_total",
			Help: "Items extracted into enriched records, by record field.",
		}, []string{"field"}),
	}
	// Create the expected series at zero so that dashboards and rate()
	// see them before the first event.
	m.messages.WithLabelValues(OutcomeAck, "")
	for _, s := range []string{StageDecode, StageHTMLText, StageLang, StageDates, StagePlaces,
		StageAttendees, StageFigures, StagePublish, StageTotal} {
		m.stages.WithLabelValues(s)
	}
	for _, f := range []string{FieldDates, FieldLocations, FieldCountries, FieldPeople,
		FieldOrganizations, FieldFigures} {
		m.extracted.WithLabelValues(f)
	}
	if reg == nil {
		return m
	}
	m.messages = register(reg, m.messages)
	m.redelivered = register(reg, m.redelivered)
	m.inFlight = register(reg, m.inFlight)
	m.stages = register(reg, m.stages)
	m.published = register(reg, m.published)
	m.duplicates = register(reg, m.duplicates)
	m.extracted = register(reg, m.extracted)
	register[prometheus.Collector](reg, collectors.NewGoCollector())
	register[prometheus.Collector](reg, collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// register registers c on reg and returns it, or returns the collector
// already registered under the same descriptors. It panics on any other
// registration error.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) C {
	err := reg.Register(c)
	if err == nil {
		return c
	}
	var are prometheus.AlreadyRegisteredError
	if errors.As(err, &are) {
		if existing, ok := are.ExistingCollector.(C); ok {
			return existing
		}
	}
	panic("pipeline: register metrics: " + err.Error())
}

// Settled counts one raw message settled with outcome ("ack", "nak" or
// "dlq") for reason (empty for "ack").
func (m *Metrics) Settled(outcome, reason string) {
	if m == nil {
		return
	}
	m.messages.WithLabelValues(outcome, reason).Inc()
}

// Redelivered counts one raw message received with NumDelivered > 1.
func (m *Metrics) Redelivered() {
	if m == nil {
		return
	}
	m.redelivered.Inc()
}

// InFlight adds delta (+1 on receipt, -1 once settled) to the number of raw
// messages in flight.
func (m *Metrics) InFlight(delta int) {
	if m == nil {
		return
	}
	m.inFlight.Add(float64(delta))
}

// ObserveStage records that stage took d for one message.
func (m *Metrics) ObserveStage(stage string, d time.Duration) {
	if m == nil {
		return
	}
	m.stages.WithLabelValues(stage).Observe(d.Seconds())
}

// Published counts one enriched record acknowledged by the stream;
// duplicate is the PubAck's Duplicate flag.
func (m *Metrics) Published(duplicate bool) {
	if m == nil {
		return
	}
	m.published.Inc()
	if duplicate {
		m.duplicates.Inc()
	}
}

// Extracted adds n items extracted into the record field (dates, locations,
// countries, people, organizations, figures). A non-positive n is ignored.
func (m *Metrics) Extracted(field string, n int) {
	if m == nil || n <= 0 {
		return
	}
	m.extracted.WithLabelValues(field).Add(float64(n))
}
