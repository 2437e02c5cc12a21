package dates

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// threadCPU returns the CPU time, in nanoseconds, the calling OS thread has
// used, and a function that unlocks the goroutine from that thread. On a
// machine shared with other work, CPU time per operation says more about
// the code than wall time does.
func threadCPU() (int64, func()) {
	runtime.LockOSThread()
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_THREAD, &ru) != nil {
		return -1, runtime.UnlockOSThread
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), runtime.UnlockOSThread
}
