package pipeline

import (
	"context"

	"go.uber.org/zap"
)

// EnrichFunc extracts the record of one raw message; Config.WrapEnrich
// wraps the worker's. Errors are *PoisonError for a message that can never
// be enriched.
type EnrichFunc func(*RawMessage) (*Record, error)

// seen asks the ledger, when there is one, whether the record of article
// id is already published; such a message is acked without being enriched
// again. An error is transient: the message is nak'ed and retried.
func (w *Worker) seen(id string) (bool, error) {
	if w.ledger == nil {
		return false, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), w.cfg.PublishTimeout)
	defer cancel()
	ok, err := w.ledger.Seen(ctx, id)
	if ok {
		w.log.Debug("already processed (ledger): acked without enriching", zap.String("article_id", id))
	}
	return ok, err
}
