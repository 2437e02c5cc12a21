package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

// Worker consumes raw articles from the durable pull consumer, enriches
// them, publishes one record per article and settles every message in one
// place (settle): ack after the record's publish ack; dead-letter and
// terminate a poison message; nak with back-off after a transient failure,
// dead-lettering it instead on its last allowed delivery.
//
// A Worker is safe for concurrent use; Run may be called once.
type Worker struct {
	cfg  Config
	nc   *nats.Conn
	js   jetstream.JetStream
	enr  *Enricher
	log  *zap.Logger
	m    *Metrics
	cons jetstream.Consumer
	// ledger is the processed-id ledger; nil (none) unless cfg.Ledger.
	ledger *Ledger
	// extracting holds one token per extraction goroutine, including those
	// a timeout abandoned (they cannot be interrupted and run on), so that
	// at most Concurrency of them burn CPU and memory at once.
	extracting chan struct{}
	// extractions hands a message to an idle extraction goroutine
	// (extract.go); unbuffered.
	extractions chan extraction
	// enrichFn is enr.EnrichSafe; tests replace it (panics, slow stages).
	enrichFn func(*RawMessage) (*Record, error)

	inflight     atomic.Int64
	processed    atomic.Int64
	published    atomic.Int64
	deadLettered atomic.Int64
	naked        atomic.Int64
	givenBack    atomic.Int64
}

// Stats counts what a Worker settled.
type Stats struct {
	// Processed counts raw messages settled for good: acked or dead-lettered.
	Processed int64
	// Published counts records acknowledged by the enriched stream
	// (duplicates of an earlier delivery included).
	Published int64
	// DeadLettered counts messages copied to the DLQ stream and terminated.
	DeadLettered int64
	// Naked counts transient failures sent back for redelivery.
	Naked int64
	// GivenBack counts messages naked unextracted because Run stopped
	// while they waited for an extraction slot; each is redelivered (and
	// counts as a delivery).
	GivenBack int64
}

// String is the summary line: processed=N published=N dead_lettered=N.
func (s Stats) String() string {
	return fmt.Sprintf("processed=%d published=%d dead_lettered=%d", s.Processed, s.Published, s.DeadLettered)
}

// NewWorker returns a Worker over nc. It returns an error wrapping
// ErrInvalidConfig when cfg does not validate.
func NewWorker(nc *nats.Conn, cfg Config) (*Worker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	log := cfg.Logger
	if log == nil {
		log = zap.NewNop()
	}
	w := &Worker{
		cfg: cfg,
		nc:  nc,
		js:  js,
		enr: NewEnricher(EnricherConfig{Version: cfg.Version, Now: cfg.Now, Metrics: cfg.Metrics}),
		log: log,
		m:   cfg.Metrics,

		extracting:  make(chan struct{}, cfg.Concurrency),
		extractions: make(chan extraction),
	}
	w.enrichFn = w.enr.EnrichSafe
	if cfg.WrapEnrich != nil {
		w.enrichFn = cfg.WrapEnrich(w.enrichFn)
	}
	return w, nil
}

// JetStream returns the worker's JetStream context.
func (w *Worker) JetStream() jetstream.JetStream { return w.js }

// Setup creates (or checks) the streams and the durable consumer. Run
// calls it when it has not been called.
func (w *Worker) Setup(ctx context.Context) error {
	if err := SetupStreams(ctx, w.js, w.cfg); err != nil {
		return err
	}
	cons, err := setupConsumer(ctx, w.js, w.cfg)
	if err != nil {
		return err
	}
	w.cons = cons
	if w.cfg.Ledger != nil && w.ledger == nil {
		if w.ledger, err = OpenLedger(ctx, w.js, *w.cfg.Ledger); err != nil {
			return err
		}
	}
	return nil
}

// Ready reports nil when the worker is connected and its consumer set up;
// it suits a readiness probe.
func (w *Worker) Ready() error {
	if w.cons == nil {
		return errors.New("pipeline: consumer not set up")
	}
	if st := w.nc.Status(); st != nats.CONNECTED {
		return fmt.Errorf("pipeline: nats connection %s", st)
	}
	return nil
}

// Stats returns what the worker settled so far.
func (w *Worker) Stats() Stats {
	return Stats{
		Processed:    w.processed.Load(),
		Published:    w.published.Load(),
		DeadLettered: w.deadLettered.Load(),
		Naked:        w.naked.Load(),
		GivenBack:    w.givenBack.Load(),
	}
}

// Run consumes until ctx is done, then stops taking messages, lets those
// in flight settle (a pull under way, at most a second, is finished and
// its messages processed; one still waiting for an extraction slot is
// naked at once, unextracted, for redelivery) and returns nil. It returns an error only when
// it cannot start consuming.
func (w *Worker) Run(ctx context.Context) error {
	return w.run(ctx, false)
}

// RunUntilIdle is Run that also stops, returning nil, once the consumer
// has nothing pending and nothing awaits an ack, twice in a row 100ms
// apart.
func (w *Worker) RunUntilIdle(ctx context.Context) error {
	return w.run(ctx, true)
}

func (w *Worker) run(ctx context.Context, untilIdle bool) error {
	if w.cons == nil {
		if err := w.Setup(ctx); err != nil {
			return err
		}
	}
	stopWatch, err := w.watchMaxDeliveries()
	if err != nil {
		return err
	}
	defer stopWatch()
	stop := make(chan struct{})
	var once sync.Once
	stopFetching := func() { once.Do(func() { close(stop) }) }
	go func() {
		select {
		case <-ctx.Done():
			stopFetching()
		case <-stop:
		}
	}()
	if untilIdle {
		go w.watchIdle(ctx, stop, stopFetching)
	}

	// Two windows bound what the worker holds. held counts the messages
	// received and not yet settled, up to MaxAckPending: once its record
	// is extracted a message only waits on publish and ack round trips,
	// which take no CPU, so extraction goes on with the next ones meanwhile.
	// unextracted counts those received and not yet through extraction,
	// up to twice Concurrency: one waiting, kept alive, behind each one
	// extracting, so that an extraction slot that frees starts the next
	// message at once instead of after a pull round trip, while a slow
	// extraction holds back no more than that (the rest stays in the stream
	// for other workers of the durable).
	held := make(chan struct{}, max(w.cfg.maxAckPending(), 1))
	unextracted := make(chan struct{}, 2*w.cfg.Concurrency)
	// Each message is handled on a goroutine of its own, and a goroutine
	// done with one takes the next instead of ending: its stack, grown by
	// decoding, encoding and publishing, is not grown again per message.
	work := make(chan jetstream.Msg)
	var wg sync.WaitGroup
	handleHeld := func(msg jetstream.Msg) {
		defer func() { <-held }()
		defer w.inflight.Add(-1)
		extracted := false
		w.handle(msg, stop, func() {
			if !extracted {
				extracted = true
				<-unextracted
			}
		})
		if !extracted {
			<-unextracted
		}
	}
	dispatch := func(msg jetstream.Msg) {
		w.inflight.Add(1)
		select {
		case work <- msg: // an idle handler takes it
		default:
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ok := true; ok; msg, ok = <-work {
					handleHeld(msg)
				}
			}()
		}
	}
	for {
		// Wait for one free slot in both windows, then take every other
		// free pair, and pull exactly that many messages: each message
		// received starts at once (none waits in a client buffer, its
		// AckWait running), and a busy stream costs one pull per batch of
		// free slots, not one per message.
		select {
		case held <- struct{}{}:
		case <-stop:
		}
		if isClosed(stop) {
			break
		}
		select {
		case unextracted <- struct{}{}:
		case <-stop:
			<-held
		}
		if isClosed(stop) {
			break
		}
		slots := 1
	more:
		for slots < cap(unextracted) {
			select {
			case held <- struct{}{}:
			default:
				break more
			}
			select {
			case unextracted <- struct{}{}:
				slots++
			default:
				<-held
				break more
			}
		}
		batch, err := w.cons.Fetch(slots, jetstream.FetchMaxWait(pullWait))
		if err == nil {
			for msg := range batch.Messages() {
				slots--
				dispatch(msg) // the goroutine frees both slots
			}
			err = batch.Error()
		}
		for ; slots > 0; slots-- {
			<-held
			<-unextracted
		}
		if err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			w.log.Debug("fetch", zap.Error(err))
			select {
			case <-stop:
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	close(work)
	wg.Wait()
	return nil
}

// isClosed reports whether ch is closed.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// watchIdle calls stopFetching once the consumer is idle.
func (w *Worker) watchIdle(ctx context.Context, stop <-chan struct{}, stopFetching func()) {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	streak := 0
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		if w.idle(ctx) {
			streak++
		} else {
			streak = 0
		}
		if streak >= 2 {
			stopFetching()
			return
		}
	}
}

func (w *Worker) idle(ctx context.Context) bool {
	if w.inflight.Load() != 0 {
		return false
	}
	ictx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	info, err := w.cons.Info(ictx)
	if err != nil {
		return false
	}
	return info.NumPending == 0 && info.NumAckPending == 0 && w.inflight.Load() == 0
}

// outcome is what processing one message came to.
type outcome struct {
	articleID string
	err       error // nil, a poison error, or a transient one
}

// handle processes and settles one message; it never panics. extracted is
// called once the message no longer needs an extraction slot (its record
// is extracted, or it needs none). Once stop is closed, a message still
// waiting for an extraction slot is given back to the stream unextracted
// (on its last allowed delivery, it waits and is processed).
func (w *Worker) handle(msg jetstream.Msg, stop <-chan struct{}, extracted func()) {
	w.m.InFlight(1)
	defer w.m.InFlight(-1)
	md, err := msg.Metadata()
	if err != nil {
		w.log.Error("message without jetstream metadata", zap.String("subject", msg.Subject()), zap.Error(err))
		_ = msg.Term()
		return
	}
	if md.NumDelivered > 1 {
		w.m.Redelivered()
	}
	if md.NumDelivered >= uint64(w.cfg.MaxDeliver) {
		stop = nil // given back now, the server would give up on it
	}
	var out outcome
	func() {
		defer keepAlive(msg, w.cfg.keepAliveInterval())()
		defer func() {
			if v := recover(); v != nil {
				out.err = &PoisonError{Reason: ReasonPanic, Err: &PanicError{Value: v, Stack: debug.Stack()}}
			}
		}()
		out = w.process(msg, stop, extracted)
	}()
	w.settle(msg, md, out)
}

// process decodes, enriches and publishes one message, calling extracted
// once it is through extraction.
func (w *Worker) process(msg jetstream.Msg, stop <-chan struct{}, extracted func()) outcome {
	start := time.Now()
	raw, err := Decode(msg.Data(), msg.Headers(), w.cfg.MaxBytes)
	w.m.ObserveStage(StageDecode, time.Since(start))
	if err != nil {
		return outcome{articleID: LooseID(msg.Data(), msg.Headers()), err: err}
	}
	if raw.Source == "" {
		raw.Source = w.sourceOf(msg.Subject())
	}
	if seen, err := w.seen(raw.ID); err != nil || seen {
		return outcome{articleID: raw.ID, err: err}
	}
	rec, err := w.enrich(raw, stop)
	extracted()
	if err != nil {
		return outcome{articleID: raw.ID, err: err}
	}
	data, err := rec.MarshalJSON() // direct: json.Marshal would re-validate and compact the output
	if err != nil {
		return outcome{articleID: raw.ID, err: &PoisonError{Reason: ReasonEncode, Err: err}}
	}
	t := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), w.cfg.PublishTimeout)
	defer cancel()
	out := &nats.Msg{
		Subject: w.cfg.EnrichedSubject + "." + rec.Lang,
		Data:    data,
		Header:  nats.Header{jetstream.MsgIDHeader: {rec.ID}, HeaderContentType: {"application/json"}},
	}
	ack, err := w.js.PublishMsg(ctx, out)
	w.m.ObserveStage(StagePublish, time.Since(t))
	if err != nil {
		return outcome{articleID: raw.ID, err: fmt.Errorf("pipeline: publish record: %w", err)}
	}
	if err := w.ledger.Mark(ctx, rec.ID, out.Subject, ack.Sequence); err != nil {
		return outcome{articleID: raw.ID, err: err}
	}
	w.m.Published(ack.Duplicate)
	w.published.Add(1)
	if w.cfg.OnRecord != nil {
		w.cfg.OnRecord(rec, data)
	}
	return outcome{articleID: raw.ID}
}

// settle is the one place a message is acked, naked or dead-lettered.
func (w *Worker) settle(msg jetstream.Msg, md *jetstream.MsgMetadata, out outcome) {
	// The message's logger is made only when there is something to log:
	// With encodes its fields at once, a cost most messages need not pay.
	log := func() *zap.Logger {
		return w.log.With(zap.String("article_id", out.articleID), zap.Uint64("stream_seq", md.Sequence.Stream),
			zap.Uint64("deliveries", md.NumDelivered))
	}
	ctx, cancel := context.WithTimeout(context.Background(), w.cfg.PublishTimeout)
	defer cancel()
	switch {
	case out.err == nil:
		if w.cfg.beforeAck != nil && !w.cfg.beforeAck(md.Sequence.Stream) {
			return
		}
		if err := msg.DoubleAck(ctx); err != nil {
			// The record is published: a redelivery republishes the same
			// Nats-Msg-Id, which the enriched stream drops.
			log().Warn("ack failed; the message will be redelivered and its record deduplicated", zap.Error(err))
		}
		w.processed.Add(1)
		w.m.Settled(OutcomeAck, "")
	case errors.Is(out.err, errGivenBack):
		if err := msg.Nak(); err != nil {
			log().Debug("nak of a message given back failed; it is redelivered after ack wait", zap.Error(err))
		}
		w.givenBack.Add(1)
		w.m.Settled(OutcomeNak, "shutdown")
	case errors.Is(out.err, ErrPoison):
		w.deadLetter(ctx, msg, md, ReasonOf(out.err), out.err, log())
	case md.NumDelivered >= uint64(w.cfg.MaxDeliver):
		w.deadLetter(ctx, msg, md, ReasonMaxDeliver, out.err, log())
	default:
		delay := w.cfg.backoff(md.NumDelivered)
		l := log()
		l.Warn("transient failure, redelivery after back-off", zap.String("reason", "transient"),
			zap.Duration("delay", delay), zap.Error(out.err))
		if err := msg.NakWithDelay(delay); err != nil {
			l.Warn("nak failed; the message is redelivered after ack wait", zap.Error(err))
		}
		w.naked.Add(1)
		w.m.Settled(OutcomeNak, "transient")
	}
}

// deadLetter copies msg to the DLQ stream with its reason, then terminates
// it. When the copy cannot be stored the message is naked instead, so that
// it is never dropped.
func (w *Worker) deadLetter(ctx context.Context, msg jetstream.Msg, md *jetstream.MsgMetadata, reason Reason, cause error, log *zap.Logger) {
	fields := []zap.Field{zap.String("reason", string(reason)), zap.Error(cause)}
	var pe *PanicError
	if errors.As(cause, &pe) {
		fields = append(fields, zap.ByteString("stack", pe.Stack))
	}
	dlq := &nats.Msg{
		Subject: w.cfg.DLQSubject + "." + w.sourceOf(msg.Subject()),
		Data:    msg.Data(),
		Header:  nats.Header{},
	}
	for k, vs := range msg.Headers() {
		if strings.HasPrefix(k, "Nats-") {
			continue // JetStream control headers would apply to the DLQ publish
		}
		dlq.Header[k] = vs
	}
	dlq.Header.Set(HeaderDlqReason, string(reason))
	dlq.Header.Set(HeaderDlqStreamSeq, strconv.FormatUint(md.Sequence.Stream, 10))
	dlq.Header.Set(HeaderDlqDeliveries, strconv.FormatUint(md.NumDelivered, 10))
	dlq.Header.Set(HeaderDlqSubject, msg.Subject())
	dlq.Header.Set(HeaderDlqError, truncate(cause.Error(), 512))
	// One DLQ copy per raw message, even if this one is redelivered.
	dlq.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("%s:%d", w.cfg.RawStream, md.Sequence.Stream))
	if _, err := w.js.PublishMsg(ctx, dlq); err != nil {
		log.Error("dead-letter publish failed; message naked for redelivery", append(fields, zap.NamedError("dlq_error", err))...)
		if md.NumDelivered >= uint64(w.cfg.MaxDeliver) {
			log.Error("message at its last delivery could not be dead-lettered; it stays unacked in the raw stream")
		}
		_ = msg.NakWithDelay(w.cfg.backoff(md.NumDelivered))
		w.naked.Add(1)
		w.m.Settled(OutcomeNak, "dlq_publish")
		return
	}
	if reason == ReasonPanic {
		log.Error("dead-lettered", fields...)
	} else {
		log.Warn("dead-lettered", fields...)
	}
	if err := msg.TermWithReason(string(reason)); err != nil {
		log.Warn("term failed; a redelivery is deduplicated by the DLQ stream", zap.Error(err))
	}
	w.processed.Add(1)
	w.deadLettered.Add(1)
	w.m.Settled(OutcomeDLQ, string(reason))
}

// sourceOf is the part of a raw subject after RawSubject ("unknown" when
// the subject is not under it).
func (w *Worker) sourceOf(subject string) string {
	if s, ok := strings.CutPrefix(subject, w.cfg.RawSubject+"."); ok && s != "" {
		return s
	}
	return "unknown"
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
