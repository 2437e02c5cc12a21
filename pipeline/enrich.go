package pipeline

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/attendees"
	"github.com/newsworker/newsworker/extractors/dates"
	"github.com/newsworker/newsworker/extractors/figures"
	"github.com/newsworker/newsworker/extractors/htmltext"
	"github.com/newsworker/newsworker/extractors/lang"
	"github.com/newsworker/newsworker/extractors/places"
)

// EnricherConfig configures an Enricher. The zero value is usable.
type EnricherConfig struct {
	// Version goes into Processing.Version; "dev" when empty.
	Version string
	// Now gives Processing.ExtractedAt; time.Now when nil. Tests inject a
	// fixed clock so that records are reproducible.
	Now func() time.Time
	// Metrics receives the duration of every stage (htmltext, lang, dates,
	// places, attendees, figures, total) and the count of items per field;
	// nil counts nothing.
	Metrics *Metrics
}

// Enricher runs the extractors over raw messages. It is safe for
// concurrent use: it holds only read-only extractors.
type Enricher struct {
	cfg       EnricherConfig
	dates     *dates.Extractor
	places    *places.Extractor
	attendees *attendees.Extractor
	figures   *figures.Extractor
}

// NewEnricher returns an Enricher over the default gazetteer.
func NewEnricher(cfg EnricherConfig) *Enricher {
	if cfg.Version == "" {
		cfg.Version = "dev"
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	g := places.Default()
	return &Enricher{
		cfg:       cfg,
		dates:     dates.New(),
		places:    places.New(g),
		attendees: attendees.New(g),
		figures:   figures.New(),
	}
}

// Enrich extracts the record of m: htmltext (HTML) or text hygiene, then
// language detection (unless m says), dates, places, attendees and figures.
//
// The reference time for relative dates is m.PublishedAt, else the page's
// metadata; when neither gives one, the dates extractor reads the
// dateline, and the publication day it finds fills PublishedAt and becomes
// the reference for the later stages.
//
// Errors are *PoisonError (errors.Is(err, ErrPoison)): the message can
// never be enriched. Enrich does not recover panics of the extractors; the
// Worker does.
func (e *Enricher) Enrich(m *RawMessage) (*Record, error) {
	start := time.Now()
	rec := &Record{
		Schema: Schema,
		ID:     m.ID,
		URL:    m.URL,
		Source: m.Source,
		Title:  m.Title,
	}
	var warn []string
	published := strings.TrimSpace(m.PublishedAt)

	// Text.
	t := time.Now()
	var text string
	hasText := strings.TrimSpace(m.Text) != ""
	switch {
	case hasText && (m.HTML == "" || (rec.Title != "" && published != "")):
		// The crawler's text, and nothing the page could add.
		text = htmltext.Clean(m.Text)
	case m.HTML != "" || len(m.Body) > 0:
		body, ct := m.Body, m.ContentType
		if len(body) == 0 {
			body, ct = []byte(m.HTML), "text/html; charset=utf-8"
		}
		art, err := htmltext.Extract(body, ct, m.URL)
		if err != nil {
			if errors.Is(err, htmltext.ErrNotText) {
				return nil, &PoisonError{Reason: ReasonNotText, Err: err}
			}
			return nil, &PoisonError{Reason: ReasonBadHTML, Err: err}
		}
		text = art.Text
		if hasText {
			text = htmltext.Clean(m.Text) // the page gave only title or date
		}
		if rec.Title == "" {
			rec.Title = art.Title
		}
		if published == "" {
			published = art.Published
		}
	}
	e.observe(StageHTMLText, time.Since(t))
	rec.Text = text
	if strings.TrimSpace(text) == "" {
		warn = append(warn, "empty text")
	}

	// Language.
	t = time.Now()
	rec.Lang = strings.ToLower(strings.TrimSpace(m.Lang))
	if rec.Lang != "" && !isLangTag(rec.Lang) {
		warn = append(warn, fmt.Sprintf("lang hint %q ignored", m.Lang))
		rec.Lang = ""
	}
	if rec.Lang == "" || rec.Lang == "und" {
		rec.Lang = lang.Detect(text)
		e.observe(StageLang, time.Since(t))
	}
	if !isLangTag(rec.Lang) {
		rec.Lang = "und"
	}

	// Reference time.
	var ref time.Time
	if published != "" {
		var ok bool
		if ref, ok = ParseTime(published); !ok {
			warn = append(warn, fmt.Sprintf("published_at %q unparseable", published))
			published = ""
		}
	}
	ext, cut := extractable(text) // limits.go: bounded time on hostile lengths
	if cut {
		warn = append(warn, fmt.Sprintf("text of %d bytes: extracted from the first %d", len(text), len(ext)))
	}
	doc := extractors.NewDocument(ext, rec.Lang, ref)

	t = time.Now()
	dr := e.dates.Extract(doc)
	e.observe(StageDates, time.Since(t))
	if published == "" && dr.Published != "" {
		if ref, ok := ParseTime(dr.Published); ok {
			published = dr.Published
			d := *doc // same text and offsets, new reference time
			d.Published = ref
			doc = &d
		}
	}
	if published != "" {
		rec.PublishedAt = &published
	}
	rec.Dates, rec.EventDate = dr.Dates, dr.Event

	t = time.Now()
	pr := e.places.Extract(doc)
	e.observe(StagePlaces, time.Since(t))
	rec.Location, rec.Locations = pr.Location, pr.Locations

	t = time.Now()
	rec.Attendees = e.attendees.Extract(doc, pr)
	e.observe(StageAttendees, time.Since(t))

	t = time.Now()
	taken := make([]extractors.Span, len(dr.Dates))
	for i, d := range dr.Dates {
		taken[i] = d.Span
	}
	rec.Figures = e.figures.Extract(doc, taken)
	e.observe(StageFigures, time.Since(t))

	total := time.Since(start)
	e.observe(StageTotal, total)
	mt := e.cfg.Metrics
	mt.Extracted(FieldDates, len(rec.Dates))
	mt.Extracted(FieldLocations, len(rec.Locations))
	mt.Extracted(FieldCountries, len(rec.Attendees.Countries))
	mt.Extracted(FieldPeople, len(rec.Attendees.People))
	mt.Extracted(FieldOrganizations, len(rec.Attendees.Organizations))
	mt.Extracted(FieldFigures, len(rec.Figures))
	rec.Processing = Processing{
		Version:     e.cfg.Version,
		ExtractedAt: e.cfg.Now().UTC().Format(time.RFC3339),
		DurationUS:  total.Microseconds(),
		Warnings:    warn,
	}
	return rec, nil
}

// EnrichSafe is Enrich with a panic of an extractor turned into a
// *PoisonError with ReasonPanic wrapping a *PanicError (value and stack).
func (e *Enricher) EnrichSafe(m *RawMessage) (rec *Record, err error) {
	defer func() {
		if v := recover(); v != nil {
			rec, err = nil, &PoisonError{Reason: ReasonPanic, Err: &PanicError{Value: v, Stack: debug.Stack()}}
		}
	}()
	return e.Enrich(m)
}

func (e *Enricher) observe(stage string, d time.Duration) {
	e.cfg.Metrics.ObserveStage(stage, d)
}

// ParseTime reads a publication time: RFC 3339, YYYY-MM-DD, or a date and
// time without zone (taken as UTC). It reports false for anything else.
func ParseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// isLangTag reports whether s is a lower-case ISO 639 code, safe as a
// subject token.
func isLangTag(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
