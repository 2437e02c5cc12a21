package pipeline

import "time"

// pullWait bounds one pull request while the stream has nothing for the
// consumer; it is also how long a stop may wait for a pending pull.
//
// The worker pulls only as many messages as it has free slots (run), so
// every message it receives is processed, and kept alive, at once: none
// waits in a client-side buffer behind slow work, where its AckWait would
// run out and the server would deliver it a second time while the first
// copy is still queued (TestFaultSlowWork). A message waiting for an
// extraction slot waits in its own goroutine, kept alive.
const pullWait = time.Second
