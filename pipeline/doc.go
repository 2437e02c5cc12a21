// Package pipeline turns raw article messages into enriched records and
// moves them through NATS JetStream.
//
// Files by concern:
//
//   - record.go: the contract types (RawMessage, Record, Processing), the
//     id rule and the decoding of both raw-message forms.
//   - errors.go: ErrPoison and PoisonError with its Reason.
//   - enrich.go: Enricher, which runs the extractors over one message.
//   - worker.go: Worker, the durable pull consumer that settles each
//     message in one place (ack, nak with back-off, or dead-letter).
//   - streams.go: stream and consumer set-up.
//   - embedded.go: an in-process nats-server with JetStream.
//   - replay.go: publishing raw fixtures to news.raw.<source>.
//
// The package never logs message bodies or credentials.
package pipeline
