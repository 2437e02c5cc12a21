package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

// maxDeliveriesSubject is the advisory the server publishes when it gives
// up on a message of a consumer: the message reached MaxDeliver without
// being acked, nak'ed on its last delivery or terminated.
const maxDeliveriesSubject = "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES"

// errGivenUp is the cause recorded in the DLQ copy of a message the server
// stopped delivering.
var errGivenUp = errors.New("pipeline: delivered MaxDeliver times without being settled")

// watchMaxDeliveries dead-letters (reason max_deliver) the raw messages
// the server stops delivering without the worker having settled them —
// a worker killed, or stuck past AckWait, on each of a message's
// deliveries. settle dead-letters a message whose last delivery fails;
// this covers the deliveries that never reach settle, which the server
// would otherwise drop from the consumer in silence.
//
// The advisory is a core NATS message: it reaches the workers connected
// when it is sent. Workers of one durable share a queue group, so one of
// them handles each advisory; the DLQ copy's Nats-Msg-Id (stream and
// sequence, as in settle) keeps a message from being dead-lettered twice.
func (w *Worker) watchMaxDeliveries() (stop func(), err error) {
	subject := fmt.Sprintf("%s.%s.%s", maxDeliveriesSubject, w.cfg.RawStream, w.cfg.Durable)
	sub, err := w.nc.QueueSubscribe(subject, w.cfg.Durable+"-max-deliveries", func(m *nats.Msg) {
		w.onMaxDeliveries(m.Data)
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: subscribe %s: %w", subject, err)
	}
	return func() { _ = sub.Unsubscribe() }, nil
}

// onMaxDeliveries fetches the message the advisory names from the raw
// stream and dead-letters it, retrying while the DLQ stream refuses.
func (w *Worker) onMaxDeliveries(advisory []byte) {
	var adv struct {
		Stream     string `json:"stream"`
		Consumer   string `json:"consumer"`
		StreamSeq  uint64 `json:"stream_seq"`
		Deliveries uint64 `json:"deliveries"`
	}
	if err := json.Unmarshal(advisory, &adv); err != nil || adv.StreamSeq == 0 {
		w.log.Warn("unreadable max-deliveries advisory", zap.Error(err))
		return
	}
	log := w.log.With(zap.Uint64("stream_seq", adv.StreamSeq), zap.Uint64("deliveries", adv.Deliveries))
	backoff := w.cfg.BackoffMin
	for attempt := 1; ; attempt++ {
		err := w.deadLetterStored(adv.StreamSeq, adv.Deliveries, log)
		if err == nil || errors.Is(err, jetstream.ErrMsgNotFound) {
			if err != nil {
				log.Warn("message given up by the server is no longer in the raw stream", zap.Error(err))
			}
			return
		}
		if attempt == 5 {
			log.Error("message given up by the server could not be dead-lettered; it stays in the raw stream",
				zap.String("reason", string(ReasonMaxDeliver)), zap.Error(err))
			return
		}
		time.Sleep(backoff)
		backoff = min(2*backoff, w.cfg.BackoffMax)
	}
}

// deadLetterStored dead-letters raw stream message seq through settle's
// dead-letter path.
func (w *Worker) deadLetterStored(seq, deliveries uint64, log *zap.Logger) error {
	ctx, cancel := context.WithTimeout(context.Background(), w.cfg.PublishTimeout)
	defer cancel()
	st, err := w.js.Stream(ctx, w.cfg.RawStream)
	if err != nil {
		return fmt.Errorf("pipeline: stream %s: %w", w.cfg.RawStream, err)
	}
	raw, err := st.GetMsg(ctx, seq)
	if err != nil {
		return fmt.Errorf("pipeline: get %s #%d: %w", w.cfg.RawStream, seq, err)
	}
	msg := &storedMsg{raw: raw}
	md := &jetstream.MsgMetadata{
		Sequence:     jetstream.SequencePair{Stream: seq},
		NumDelivered: deliveries,
		Stream:       w.cfg.RawStream,
		Consumer:     w.cfg.Durable,
		Timestamp:    raw.Time,
	}
	if id := header(raw.Header, HeaderArticleID); id != "" {
		log = log.With(zap.String("article_id", id))
	}
	w.deadLetter(ctx, msg, md, ReasonMaxDeliver, errGivenUp, log)
	if !msg.termed {
		return errors.New("pipeline: dead-letter publish failed")
	}
	return nil
}

// storedMsg presents a message read from the raw stream as a delivered
// one, so that settle's dead-letter path can copy it. The consumer no
// longer tracks it, so acknowledgements are no-ops; Term records that the
// copy was stored.
type storedMsg struct {
	raw    *jetstream.RawStreamMsg
	termed bool
}

func (m *storedMsg) Metadata() (*jetstream.MsgMetadata, error) {
	return &jetstream.MsgMetadata{Sequence: jetstream.SequencePair{Stream: m.raw.Sequence}, Timestamp: m.raw.Time}, nil
}
func (m *storedMsg) Data() []byte                       { return m.raw.Data }
func (m *storedMsg) Headers() nats.Header               { return m.raw.Header }
func (m *storedMsg) Subject() string                    { return m.raw.Subject }
func (m *storedMsg) Reply() string                      { return "" }
func (m *storedMsg) Ack() error                         { return nil }
func (m *storedMsg) DoubleAck(context.Context) error    { return nil }
func (m *storedMsg) Nak() error                         { return nil }
func (m *storedMsg) NakWithDelay(time.Duration) error   { return nil }
func (m *storedMsg) InProgress() error                  { return nil }
func (m *storedMsg) Term() error                        { m.termed = true; return nil }
func (m *storedMsg) TermWithReason(reason string) error { return m.Term() }
