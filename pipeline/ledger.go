package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Ledger defaults.
const (
	// DefaultLedgerBucket is the key-value bucket of the processed-id ledger.
	DefaultLedgerBucket = "NEWS_PROCESSED"
	// DefaultLedgerTTL is how long the ledger remembers an article id.
	DefaultLedgerTTL = 7 * 24 * time.Hour
)

// LedgerConfig configures the processed-id ledger. The zero value is
// usable: bucket NEWS_PROCESSED, ids kept seven days, one replica, file
// storage.
type LedgerConfig struct {
	// Bucket is the key-value bucket name; DefaultLedgerBucket when empty.
	Bucket string
	// TTL is how long an id is remembered; DefaultLedgerTTL when zero.
	TTL time.Duration
	// Replicas of the bucket's stream (use 3 on a three-node cluster);
	// 1 when zero.
	Replicas int
	// MaxBytes bounds the bucket's size (oldest ids go first); unlimited
	// when zero.
	MaxBytes int64
}

// Ledger is the optional processed-id ledger: a JetStream key-value bucket
// holding one key per article id whose record has been published, so that
// a raw message replayed long after the first — beyond NEWS_ENRICHED's
// duplicate window, where Nats-Msg-Id no longer deduplicates — is acked
// without being enriched or published again.
//
// The worker asks Seen after decoding a message (the id is known) and
// before enriching it; it calls Mark after the record's publish ack and
// before acking the raw message. The order means the ledger can never
// cause a loss: an id is marked only once its record is stored.
//
// The trade-offs, which is why the ledger is off by default:
//
//   - Cost: two more round trips to JetStream per message (a get and a
//     put), and one stored entry per article for TTL (about 270 bytes on
//     disk: ~190 MB for 100,000 articles a day kept a week).
//   - Not atomic with the publish: a worker killed after the record's
//     publish ack and before Mark leaves the id unmarked. A redelivery in
//     the duplicate window is still deduplicated by Nats-Msg-Id; a replay
//     of that one message hours later would be enriched again.
//   - Two copies of an article in flight at the same moment both pass Seen;
//     Nats-Msg-Id deduplicates them, as they are close in time.
//   - A re-sent article with the same id (a correction, a re-crawl that
//     kept the id) is skipped while its entry lives. To reprocess it,
//     delete its key (LedgerKey) or purge the bucket, or give the new
//     version a new id.
//   - When the bucket cannot be read or written, the message is nak'ed
//     (transient) rather than processed blind: an unavailable ledger stalls
//     processing instead of letting duplicates through.
//   - Ids are remembered for TTL only; a replay older than that is
//     processed again.
//
// A nil *Ledger is a valid ledger that remembers nothing: Seen reports
// false and Mark does nothing. A Ledger is safe for concurrent use.
type Ledger struct {
	kv  jetstream.KeyValue
	ttl time.Duration
}

// ledgerEntry is the value stored under an id's key: enough for an
// operator to find the record.
type ledgerEntry struct {
	ID        string `json:"id"`
	Subject   string `json:"subject,omitempty"`
	StreamSeq uint64 `json:"stream_seq,omitempty"`
	At        string `json:"at"`
}

// OpenLedger creates the ledger's bucket, or updates its configuration
// when it exists, and returns the ledger. Errors come from JetStream
// (e.g. jetstream.ErrJetStreamNotEnabled), wrapped.
func OpenLedger(ctx context.Context, js jetstream.JetStream, cfg LedgerConfig) (*Ledger, error) {
	if cfg.Bucket == "" {
		cfg.Bucket = DefaultLedgerBucket
	}
	if cfg.TTL <= 0 {
		cfg.TTL = DefaultLedgerTTL
	}
	if cfg.Replicas <= 0 {
		cfg.Replicas = 1
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      cfg.Bucket,
		Description: "newsworker processed article ids",
		History:     1,
		TTL:         cfg.TTL,
		MaxBytes:    cfg.MaxBytes,
		Replicas:    cfg.Replicas,
		Storage:     jetstream.FileStorage,
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: ledger bucket %s: %w", cfg.Bucket, err)
	}
	return &Ledger{kv: kv, ttl: cfg.TTL}, nil
}

// LedgerKey is the key under which the ledger remembers an article id:
// "id." and the hex SHA-256 of the id (ids may hold characters a key may
// not, and may be long).
func LedgerKey(id string) string {
	sum := sha256.Sum256([]byte(id))
	return "id." + hex.EncodeToString(sum[:])
}

// Seen reports whether a record for the article id has been published
// within the ledger's TTL. An error (the bucket unreachable) means the
// answer is unknown: the caller should retry the message later.
func (l *Ledger) Seen(ctx context.Context, id string) (bool, error) {
	if l == nil {
		return false, nil
	}
	_, err := l.kv.Get(ctx, LedgerKey(id))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, jetstream.ErrKeyNotFound):
		return false, nil
	}
	return false, fmt.Errorf("pipeline: ledger get %s: %w", id, err)
}

// Mark records that the record of article id has been stored on subject
// at sequence seq of the enriched stream (both only informative). It
// returns an error when the bucket cannot be written; the caller should
// then not ack the raw message, so that it is retried (a retry within the
// duplicate window republishes harmlessly).
func (l *Ledger) Mark(ctx context.Context, id, subject string, seq uint64) error {
	if l == nil {
		return nil
	}
	v, err := json.Marshal(ledgerEntry{ID: id, Subject: subject, StreamSeq: seq, At: time.Now().UTC().Format(time.RFC3339)})
	if err != nil {
		return fmt.Errorf("pipeline: ledger entry %s: %w", id, err)
	}
	if _, err := l.kv.Put(ctx, LedgerKey(id), v); err != nil {
		return fmt.Errorf("pipeline: ledger put %s: %w", id, err)
	}
	return nil
}

// Forget removes an article id from the ledger, so that its next delivery
// is processed again.
func (l *Ledger) Forget(ctx context.Context, id string) error {
	if l == nil {
		return nil
	}
	if err := l.kv.Delete(ctx, LedgerKey(id)); err != nil {
		return fmt.Errorf("pipeline: ledger delete %s: %w", id, err)
	}
	return nil
}
