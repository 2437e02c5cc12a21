package pipeline

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"go.uber.org/zap"
)

// Config configures a Worker. Start from DefaultConfig and change what you
// need; Validate reports values that cannot work. Other packages and
// commands build on these field names: they are stable.
type Config struct {
	// Streams and subjects (the contract's defaults).
	RawStream       string // NEWS_RAW
	RawSubject      string // news.raw: raw messages arrive on RawSubject.<source>
	EnrichedStream  string // NEWS_ENRICHED
	EnrichedSubject string // news.enriched: records go to EnrichedSubject.<lang>
	DLQStream       string // NEWS_DLQ
	DLQSubject      string // news.dlq: poison goes to DLQSubject.<source>
	// Replicas of each stream the worker creates (1 on a single server).
	Replicas int
	// NoCreateStreams leaves stream creation to the operator: the worker
	// only checks that the three streams exist.
	NoCreateStreams bool
	// DuplicateWindow of the enriched and DLQ streams: a redelivered raw
	// message inside it yields no second record. Keep it well above
	// AckWait × MaxDeliver plus the back-off.
	DuplicateWindow time.Duration

	// Durable is the pull consumer's name on RawStream; processes with the
	// same Durable share the work.
	Durable string
	// AckWait before the server redelivers an unacknowledged message.
	AckWait time.Duration
	// MaxDeliver is how many times a message is delivered at most; a
	// transient failure on the last delivery dead-letters it (max_deliver).
	MaxDeliver int
	// MaxAckPending bounds the messages delivered and not yet acked, across
	// every process of the durable; 0 means 4 × Concurrency. It also bounds
	// the messages one process holds: those extracting, those waiting for
	// an extraction slot (at most Concurrency of them) and those whose
	// record is being published or whose ack is under way.
	MaxAckPending int
	// Concurrency is how many messages this process extracts at once
	// (runtime.GOMAXPROCS by default: extraction is CPU work). Publishing
	// and acking, which wait on the server, go on beside it within
	// MaxAckPending.
	Concurrency int

	// MaxBytes is the largest raw message accepted; larger ones are
	// dead-lettered (too_large).
	MaxBytes int
	// Timeout is the extraction budget of one message; past it the
	// message is dead-lettered (timeout).
	Timeout time.Duration
	// PublishTimeout bounds the wait for a publish acknowledgement.
	PublishTimeout time.Duration
	// BackoffMin and BackoffMax bound the delay of a nak after a transient
	// failure: BackoffMin doubled per earlier delivery, at most BackoffMax.
	BackoffMin, BackoffMax time.Duration

	// Version and Now go into each record's processing block.
	Version string
	Now     func() time.Time

	// Logger receives one line per settled failure; nil logs nothing.
	Logger *zap.Logger
	// Metrics counts messages, stages and records; nil counts nothing.
	Metrics *Metrics
	// OnRecord, when set, is called with each record whose publication the
	// stream acknowledged (e.g. to print it). It must be safe for
	// concurrent use and quick.
	OnRecord func(rec *Record, data []byte)

	// KeepAlive is the interval of the InProgress signals sent while a
	// message is processed; each restarts its AckWait, so that slow work
	// is not redelivered and done twice (keepalive.go). 0 means a third of
	// AckWait; a negative value sends none, and then Timeout +
	// PublishTimeout must stay under AckWait.
	KeepAlive time.Duration
	// Ledger, when set, opens the processed-id ledger in Setup (ledger.go):
	// an article whose record was published within the ledger's TTL is
	// acked without being enriched again. nil means no ledger.
	Ledger *LedgerConfig
	// WrapEnrich, when set, wraps the extraction of every message (to
	// trace it, or in tests to inject a panicking or slow stage). The
	// wrapped function runs inside the per-message budget and the panic
	// recovery.
	WrapEnrich func(EnrichFunc) EnrichFunc

	// beforeAck, in tests, runs after the record is published and before
	// the raw message is acked; returning false abandons the message there
	// (neither ack nor nak), as a crash would.
	beforeAck func(streamSeq uint64) bool
}

// DefaultConfig returns the contract's streams and subjects with settings
// fit for one worker process.
func DefaultConfig() Config {
	return Config{
		RawStream:       "NEWS_RAW",
		RawSubject:      "news.raw",
		EnrichedStream:  "NEWS_ENRICHED",
		EnrichedSubject: "news.enriched",
		DLQStream:       "NEWS_DLQ",
		DLQSubject:      "news.dlq",
		Replicas:        1,
		DuplicateWindow: 10 * time.Minute,
		Durable:         "newsworker",
		AckWait:         30 * time.Second,
		MaxDeliver:      5,
		Concurrency:     runtime.GOMAXPROCS(0),
		MaxBytes:        DefaultMaxBytes,
		Timeout:         10 * time.Second,
		PublishTimeout:  5 * time.Second,
		BackoffMin:      time.Second,
		BackoffMax:      time.Minute,
	}
}

// ErrInvalidConfig is wrapped by every error of Config.Validate.
var ErrInvalidConfig = errors.New("pipeline: invalid config")

// Validate reports the first setting that cannot work, wrapping
// ErrInvalidConfig.
func (c *Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	for _, s := range []struct{ name, v string }{
		{"raw stream", c.RawStream}, {"enriched stream", c.EnrichedStream}, {"dlq stream", c.DLQStream}, {"durable", c.Durable},
	} {
		if s.v == "" || strings.ContainsAny(s.v, ".*> \t") {
			return bad("%s name %q", s.name, s.v)
		}
	}
	for _, s := range []struct{ name, v string }{
		{"raw subject", c.RawSubject}, {"enriched subject", c.EnrichedSubject}, {"dlq subject", c.DLQSubject},
	} {
		if s.v == "" || strings.ContainsAny(s.v, "*> \t") || strings.HasPrefix(s.v, ".") || strings.HasSuffix(s.v, ".") {
			return bad("%s %q", s.name, s.v)
		}
	}
	switch {
	case c.Replicas < 1 || c.Replicas > 5:
		return bad("replicas %d (1 to 5)", c.Replicas)
	case c.Concurrency < 1:
		return bad("concurrency %d", c.Concurrency)
	case c.MaxDeliver < 1:
		return bad("max deliver %d (finite, at least 1)", c.MaxDeliver)
	case c.MaxAckPending < 0:
		return bad("max ack pending %d", c.MaxAckPending)
	case c.AckWait <= 0 || c.Timeout <= 0 || c.PublishTimeout <= 0:
		return bad("ack wait, timeout and publish timeout must be positive")
	case c.KeepAlive >= c.AckWait:
		return bad("keep-alive %v must be under ack wait %v", c.KeepAlive, c.AckWait)
	case c.KeepAlive < 0 && c.Timeout+c.PublishTimeout >= c.AckWait:
		return bad("timeout %v + publish timeout %v must stay under ack wait %v without keep-alive", c.Timeout, c.PublishTimeout, c.AckWait)
	case c.MaxBytes <= 0:
		return bad("max bytes %d", c.MaxBytes)
	case c.BackoffMin <= 0 || c.BackoffMax < c.BackoffMin:
		return bad("back-off %v..%v", c.BackoffMin, c.BackoffMax)
	case c.DuplicateWindow < c.AckWait:
		return bad("duplicate window %v under ack wait %v", c.DuplicateWindow, c.AckWait)
	}
	return nil
}

func (c *Config) maxAckPending() int {
	if c.MaxAckPending > 0 {
		return c.MaxAckPending
	}
	return 4 * c.Concurrency
}

// backoff is the nak delay after the given number of deliveries.
func (c *Config) backoff(deliveries uint64) time.Duration {
	d := c.BackoffMin
	for i := uint64(1); i < deliveries && d < c.BackoffMax; i++ {
		d *= 2
	}
	return min(d, c.BackoffMax)
}
