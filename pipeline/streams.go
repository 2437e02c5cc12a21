package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// StreamConfigs returns the configurations of the raw, enriched and DLQ
// streams the worker creates: file storage, c.Replicas, and c's duplicate
// window on the enriched and DLQ streams.
func (c *Config) StreamConfigs() []jetstream.StreamConfig {
	return []jetstream.StreamConfig{
		{
			Name:        c.RawStream,
			Description: "raw news articles, as crawlers publish them",
			Subjects:    []string{c.RawSubject + ".>"},
			Storage:     jetstream.FileStorage,
			Replicas:    c.Replicas,
		},
		{
			Name:        c.EnrichedStream,
			Description: "one enriched record per raw article",
			Subjects:    []string{c.EnrichedSubject + ".>"},
			Storage:     jetstream.FileStorage,
			Replicas:    c.Replicas,
			Duplicates:  c.DuplicateWindow,
		},
		{
			Name:        c.DLQStream,
			Description: "raw messages that can never be processed, with Dlq-* headers",
			Subjects:    []string{c.DLQSubject + ".>"},
			Storage:     jetstream.FileStorage,
			Replicas:    c.Replicas,
			Duplicates:  c.DuplicateWindow,
		},
	}
}

// SetupStreams creates the three streams or updates them to c, or, with
// c.NoCreateStreams, checks that they exist. It returns an error wrapping
// jetstream.ErrStreamNotFound when one is missing.
func SetupStreams(ctx context.Context, js jetstream.JetStream, c Config) error {
	for _, sc := range c.StreamConfigs() {
		if c.NoCreateStreams {
			if _, err := js.Stream(ctx, sc.Name); err != nil {
				return fmt.Errorf("pipeline: stream %s (creation left to the operator): %w", sc.Name, err)
			}
			continue
		}
		if _, err := js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("pipeline: create stream %s: %w", sc.Name, err)
		}
	}
	return nil
}

// ConsumerConfig returns the durable pull consumer's configuration:
// explicit acks, c's AckWait, MaxDeliver and MaxAckPending.
func (c *Config) ConsumerConfig() jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       c.Durable,
		Description:   "newsworker: raw articles to enriched records",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver,
		MaxAckPending: c.maxAckPending(),
		DeliverPolicy: jetstream.DeliverAllPolicy,
		FilterSubject: c.RawSubject + ".>",
	}
}

// setupConsumer creates or updates the durable consumer.
func setupConsumer(ctx context.Context, js jetstream.JetStream, c Config) (jetstream.Consumer, error) {
	cons, err := js.CreateOrUpdateConsumer(ctx, c.RawStream, c.ConsumerConfig())
	if err != nil {
		if errors.Is(err, jetstream.ErrStreamNotFound) {
			return nil, fmt.Errorf("pipeline: stream %s missing: %w", c.RawStream, err)
		}
		return nil, fmt.Errorf("pipeline: consumer %s: %w", c.Durable, err)
	}
	return cons, nil
}
