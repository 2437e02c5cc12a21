package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/nats-io/nats.go"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/newsworker/newsworker/extractors/attendees"
	"github.com/newsworker/newsworker/extractors/dates"
	"github.com/newsworker/newsworker/extractors/figures"
	"github.com/newsworker/newsworker/extractors/places"
)

// Schema is the value of Record.Schema.
const Schema = "news.enriched/v1"

// DefaultMaxBytes is the default size limit of a raw message body.
const DefaultMaxBytes = 8 << 20

// Headers of a bare (non-JSON) raw message, and of a dead-lettered one.
const (
	HeaderArticleID        = "Article-Id"
	HeaderArticleURL       = "Article-Url"
	HeaderArticleSource    = "Article-Source"
	HeaderArticleLang      = "Article-Lang"
	HeaderArticlePublished = "Article-Published"
	HeaderArticleTitle     = "Article-Title"
	HeaderContentType      = "Content-Type"

	HeaderDlqReason     = "Dlq-Reason"
	HeaderDlqStreamSeq  = "Dlq-Stream-Seq"
	HeaderDlqDeliveries = "Dlq-Deliveries"
	HeaderDlqSubject    = "Dlq-Subject" // the raw message's subject
	HeaderDlqError      = "Dlq-Error"   // the error, without the body
)

// Field limits from raw-article.schema.json.
const (
	maxIDLen     = 512
	maxURLLen    = 4096
	maxSourceLen = 256
)

// RawMessage is one raw article as a crawler publishes it on
// news.raw.<source> (raw-article.schema.json). At least one of HTML, Text
// or Body is set on a decoded message.
type RawMessage struct {
	ID          string `json:"id,omitempty"`
	URL         string `json:"url,omitempty"`
	Source      string `json:"source,omitempty"`
	Lang        string `json:"lang,omitempty"`
	PublishedAt string `json:"published_at,omitempty"`
	FetchedAt   string `json:"fetched_at,omitempty"`
	Title       string `json:"title,omitempty"`
	HTML        string `json:"html,omitempty"`
	Text        string `json:"text,omitempty"`

	// Body is the undecoded page of a bare HTML message, with its
	// ContentType; htmltext decodes its charset. It is never serialised.
	Body        []byte `json:"-"`
	ContentType string `json:"-"`
}

// Record is the enriched record published on news.enriched.<lang>
// (enriched-record.schema.json). Marshalled with encoding/json it emits
// every required array as [] (never null) and PublishedAt, EventDate and
// Location as null when absent.
type Record struct {
	Schema      string           `json:"schema"`
	ID          string           `json:"id"`
	URL         string           `json:"url,omitempty"`
	Source      string           `json:"source,omitempty"`
	Lang        string           `json:"lang"`
	Title       string           `json:"title,omitempty"`
	Text        string           `json:"text"`
	PublishedAt *string          `json:"published_at"`
	EventDate   *dates.Date      `json:"event_date"`
	Dates       []dates.Date     `json:"dates"`
	Location    *places.Place    `json:"location"`
	Locations   []places.Place   `json:"locations"`
	Attendees   attendees.Result `json:"attendees"`
	Figures     []figures.Figure `json:"figures"`
	Processing  Processing       `json:"processing"`
}

// Processing says how and when a record was made.
type Processing struct {
	Version     string   `json:"version"`
	ExtractedAt string   `json:"extracted_at"`
	DurationUS  int64    `json:"duration_us"`
	Warnings    []string `json:"warnings"`
}

// MarshalJSON encodes r with nil slices as [].
func (r Record) MarshalJSON() ([]byte, error) {
	type plain Record // no methods: no recursion
	p := plain(r)
	if p.Dates == nil {
		p.Dates = []dates.Date{}
	}
	if p.Locations == nil {
		p.Locations = []places.Place{}
	}
	if p.Attendees.Countries == nil {
		p.Attendees.Countries = []attendees.Country{}
	}
	if p.Attendees.People == nil {
		p.Attendees.People = []attendees.Person{}
	}
	if p.Attendees.Organizations == nil {
		p.Attendees.Organizations = []attendees.Organization{}
	}
	if p.Figures == nil {
		p.Figures = []figures.Figure{}
	}
	if p.Processing.Warnings == nil {
		p.Processing.Warnings = []string{}
	}
	return json.Marshal(p)
}

// ArticleID returns the default id of an article: "sha256:" and the hex
// SHA-256 of url, or of body when url is empty.
func ArticleID(url string, body []byte) string {
	var sum [sha256.Size]byte
	if url != "" {
		sum = sha256.Sum256([]byte(url))
	} else {
		sum = sha256.Sum256(body)
	}
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Decode reads one raw message: a JSON envelope, or a bare HTML or text
// body (Content-Type text/html or text/plain) whose metadata rides in the
// Article-* headers. h may be nil. maxBytes <= 0 means DefaultMaxBytes.
//
// The returned message has its ID set (by the default rule when absent).
// Errors are *PoisonError (errors.Is(err, ErrPoison)) with reason
// too_large, invalid_json, wrong_type, invalid_field, no_body, not_text or
// charset. Decode is safe for concurrent use.
func Decode(data []byte, h nats.Header, maxBytes int) (*RawMessage, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(data) > maxBytes {
		return nil, poison(ReasonTooLarge, "pipeline: body of %d bytes over the %d-byte limit", len(data), maxBytes)
	}
	ct := header(h, HeaderContentType)
	var (
		m   *RawMessage
		err error
	)
	switch bareKind(ct, data, h) {
	case "text/html":
		m, err = decodeBare(data, ct, h, true)
	case "text/plain":
		m, err = decodeBare(data, ct, h, false)
	default:
		m, err = decodeEnvelope(data)
	}
	if err != nil {
		return nil, err
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// bareKind tells how to read a body: "text/html", "text/plain", or "" for
// a JSON envelope. Without a Content-Type, a body with Article-* headers
// that does not start like JSON is read as a bare body.
func bareKind(ct string, data []byte, h nats.Header) string {
	if ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
		}
		switch mt {
		case "text/html", "application/xhtml+xml":
			return "text/html"
		case "text/plain":
			return "text/plain"
		}
		return ""
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return ""
	}
	hasMeta := false
	for k := range h {
		if strings.HasPrefix(strings.ToLower(k), "article-") {
			hasMeta = true
			break
		}
	}
	if !hasMeta {
		return ""
	}
	if len(trimmed) > 0 && trimmed[0] == '<' {
		return "text/html"
	}
	return "text/plain"
}

func decodeEnvelope(data []byte) (*RawMessage, error) {
	if !utf8.Valid(data) {
		return nil, poison(ReasonNotText, "pipeline: json envelope is not valid utf-8")
	}
	// Unmarshal reads data in place (a Decoder would copy it into its own
	// buffer first) and rejects anything after the object but space.
	var m RawMessage
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &m); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			if te.Field == "" {
				return nil, poison(ReasonInvalidJSON, "pipeline: json envelope is a %s, not an object", te.Value)
			}
			return nil, poison(ReasonWrongType, "pipeline: field %q is a json %s, want %s", te.Field, te.Value, te.Type)
		}
		return nil, poison(ReasonInvalidJSON, "pipeline: decode envelope: %w", err)
	}
	if m.ID == "" {
		body := m.HTML
		if body == "" {
			body = m.Text
		}
		m.ID = ArticleID(m.URL, []byte(body))
	}
	return &m, nil
}

func decodeBare(data []byte, ct string, h nats.Header, html bool) (*RawMessage, error) {
	m := &RawMessage{
		ID:          header(h, HeaderArticleID),
		URL:         header(h, HeaderArticleURL),
		Source:      header(h, HeaderArticleSource),
		Lang:        header(h, HeaderArticleLang),
		PublishedAt: header(h, HeaderArticlePublished),
		Title:       header(h, HeaderArticleTitle),
	}
	if m.ID == "" {
		m.ID = ArticleID(m.URL, data)
	}
	if html {
		if len(bytes.TrimSpace(data)) == 0 {
			return nil, poison(ReasonNoBody, "pipeline: empty html body")
		}
		m.Body, m.ContentType = data, ct
		return m, nil
	}
	text, err := decodeCharset(data, ct)
	if err != nil {
		return nil, err
	}
	m.Text = text
	return m, nil
}

// decodeCharset decodes a text/plain body by the charset parameter of ct,
// UTF-8 when there is none.
func decodeCharset(data []byte, ct string) (string, error) {
	cs := ""
	if _, params, err := mime.ParseMediaType(ct); err == nil {
		cs = strings.ToLower(strings.TrimSpace(params["charset"]))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch cs {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
	default:
		enc, err := htmlindex.Get(cs)
		if err != nil {
			return "", poison(ReasonCharset, "pipeline: unknown charset %q", cs)
		}
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", poison(ReasonNotText, "pipeline: decode %s: %w", cs, err)
		}
		data = out
	}
	if !utf8.Valid(data) {
		return "", poison(ReasonNotText, "pipeline: body is not valid utf-8")
	}
	return string(data), nil
}

// validate applies the schema's limits and the body rule.
func (m *RawMessage) validate() error {
	switch {
	case len(m.ID) > maxIDLen:
		return poison(ReasonInvalidField, "pipeline: id of %d bytes over %d", len(m.ID), maxIDLen)
	case len(m.URL) > maxURLLen:
		return poison(ReasonInvalidField, "pipeline: url of %d bytes over %d", len(m.URL), maxURLLen)
	case len(m.Source) > maxSourceLen:
		return poison(ReasonInvalidField, "pipeline: source of %d bytes over %d", len(m.Source), maxSourceLen)
	}
	if strings.TrimSpace(m.HTML) == "" && strings.TrimSpace(m.Text) == "" && len(m.Body) == 0 {
		return poison(ReasonNoBody, "pipeline: message has neither html nor text")
	}
	return nil
}

// LooseID returns a message's id for logs and dead letters when Decode
// failed: the Article-Id header, else an envelope's "id" string, else "".
func LooseID(data []byte, h nats.Header) string {
	if id := header(h, HeaderArticleID); id != "" {
		return id
	}
	var env struct {
		ID any `json:"id"`
	}
	if json.Unmarshal(data, &env) == nil {
		if id, ok := env.ID.(string); ok && len(id) <= maxIDLen {
			return id
		}
	}
	return ""
}

// header returns the first value of key in h, matching the name without
// regard to case (NATS headers are case-sensitive; crawlers vary).
func header(h nats.Header, key string) string {
	if h == nil {
		return ""
	}
	if v := h.Get(key); v != "" {
		return strings.TrimSpace(v)
	}
	for k, vs := range h {
		if strings.EqualFold(k, key) && len(vs) > 0 {
			return strings.TrimSpace(vs[0])
		}
	}
	return ""
}

// String describes the message for errors and logs without its body.
func (m *RawMessage) String() string {
	return fmt.Sprintf("article %s (source %q)", m.ID, m.Source)
}
