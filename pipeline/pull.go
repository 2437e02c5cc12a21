package pipeline

import (
	"errors"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// pullWait bounds one pull request while the stream has nothing for the
// consumer; it is also how long a stop may wait for a pending pull.
const pullWait = time.Second

// onDemand pulls one message per Next call. The worker calls Next only
// when it has a free slot, so every message it receives is processed (and
// kept alive) at once: none waits in a client-side buffer behind slow
// work, where its AckWait would run out and the server would deliver it a
// second time while the first copy is still queued.
//
// Next and Drain may be called from different goroutines.
type onDemand struct {
	cons jetstream.Consumer
	done chan struct{}
	once sync.Once
}

func newOnDemand(cons jetstream.Consumer) *onDemand {
	return &onDemand{cons: cons, done: make(chan struct{})}
}

// Next returns the next message, waiting for one as long as needed. After
// Drain it returns jetstream.ErrMsgIteratorClosed; a message whose pull
// was already under way is still returned first, to be processed.
func (o *onDemand) Next() (jetstream.Msg, error) {
	for {
		select {
		case <-o.done:
			return nil, jetstream.ErrMsgIteratorClosed
		default:
		}
		msg, err := o.cons.Next(jetstream.FetchMaxWait(pullWait))
		if err == nil {
			return msg, nil
		}
		if !errors.Is(err, nats.ErrTimeout) {
			return nil, err
		}
	}
}

// Drain stops Next from pulling.
func (o *onDemand) Drain() { o.once.Do(func() { close(o.done) }) }
