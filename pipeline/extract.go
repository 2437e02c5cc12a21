package pipeline

import (
	"errors"
	"runtime/debug"
	"time"
)

// errGivenBack is the outcome of a message that was still waiting for an
// extraction slot when Run stopped: settle naks it at once, so that it is
// redelivered (to another worker of the durable, or after a restart)
// instead of keeping this one from stopping for another extraction budget.
var errGivenBack = errors.New("pipeline: stopping: message given back unextracted")

// extractorIdle is how long an extraction goroutine waits for another
// message before it ends.
const extractorIdle = 5 * time.Second

// extraction is one message handed to an extraction goroutine, with where
// its result goes (buffered: nobody may be waiting any more).
type extraction struct {
	raw *RawMessage
	out chan<- extractResult
}

type extractResult struct {
	rec *Record
	err error
}

// enrich runs the enricher within the per-message budget. Past it the
// message is poison (timeout); the extraction, which cannot be
// interrupted, finishes in the background and its result is dropped. It
// returns errGivenBack when stop closes before an extraction slot frees.
func (w *Worker) enrich(raw *RawMessage, stop <-chan struct{}) (*Record, error) {
	// Wait for an abandoned extraction to finish before starting another;
	// the message waiting meanwhile is kept alive, and its budget starts
	// once it runs.
	select {
	case w.extracting <- struct{}{}:
	default:
		select {
		case w.extracting <- struct{}{}:
		case <-stop:
			return nil, errGivenBack
		}
	}
	ch := make(chan extractResult, 1)
	x := extraction{raw, ch}
	select {
	case w.extractions <- x: // an idle extraction goroutine takes it
	default:
		go w.extractLoop(x)
	}
	t := time.NewTimer(w.cfg.Timeout)
	defer t.Stop()
	select {
	case r := <-ch:
		return r.rec, r.err
	case <-t.C:
		return nil, poison(ReasonTimeout, "pipeline: extraction over its %v budget", w.cfg.Timeout)
	}
}

// extractLoop runs x, then the extractions handed to it, until none comes
// for extractorIdle. Reusing the goroutine keeps its stack, which the
// extractors grow deep, from being grown again for every message. Each
// extraction frees its slot in w.extracting once done.
func (w *Worker) extractLoop(x extraction) {
	idle := time.NewTimer(extractorIdle)
	defer idle.Stop()
	for {
		x.out <- w.extract(x.raw)
		<-w.extracting
		idle.Reset(extractorIdle)
		select {
		case x = <-w.extractions:
		case <-idle.C:
			return
		}
	}
}

// extract runs the enrich function, a panic turned into a poison error.
func (w *Worker) extract(raw *RawMessage) (r extractResult) {
	defer func() {
		if v := recover(); v != nil {
			r = extractResult{nil, &PoisonError{Reason: ReasonPanic, Err: &PanicError{Value: v, Stack: debug.Stack()}}}
		}
	}()
	rec, err := w.enrichFn(raw)
	return extractResult{rec, err}
}
