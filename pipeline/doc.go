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
//   - extract.go: extraction within its budget, on reused goroutines, at
//     most Concurrency at once.
//   - streams.go: stream and consumer set-up.
//   - embedded.go: an in-process nats-server with JetStream.
//   - replay.go, files.go: publishing raw fixtures to news.raw.<source>.
//   - config.go: Config, its defaults and validation.
//   - conn.go: Auth, the credentials and TLS of a NATS connection.
//   - pull.go: how long a pull waits; the worker pulls only for free slots.
//   - keepalive.go: InProgress while a slow message is processed.
//   - maxdeliver.go: dead-lettering what the server stops delivering.
//   - limits.go: how much of a text the extractors read.
//   - hooks.go: EnrichFunc and the Config hooks around enrichment.
//   - ledger.go: the optional processed-id ledger in a key-value bucket.
//   - metrics.go, http.go: Prometheus metrics and the health endpoints.
//
// The package never logs message bodies or credentials.
package pipeline
