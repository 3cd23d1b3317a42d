//go:build linux

package nlp

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// threadCPU is the CPU time used so far by the calling OS thread, read
// from CLOCK_THREAD_CPUTIME_ID (precise, where getrusage counts ticks).
func threadCPU() time.Duration {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// clockThreadCPUTime is CLOCK_THREAD_CPUTIME_ID (Linux).
const clockThreadCPUTime = 3

// BenchmarkTagAndParseCPU reports the CPU time of the calling thread per
// 1,000 words (the machine may be shared: wall time overstates the cost).
func BenchmarkTagAndParseCPU(b *testing.B) {
	tg, ps := loadSyntax(b)
	a := benchAnalysis()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	b.ResetTimer()
	var tagCPU, parseCPU time.Duration
	for i := 0; i < b.N; i++ {
		t0 := threadCPU()
		tg.Tag(a)
		t1 := threadCPU()
		ps.Parse(a)
		t2 := threadCPU()
		tagCPU += t1 - t0
		parseCPU += t2 - t1
	}
	per := float64(b.N) * float64(len(a.Tokens)) / 1000
	b.ReportMetric(float64(tagCPU.Microseconds())/1000/per, "tag-cpu-ms/1kw")
	b.ReportMetric(float64(parseCPU.Microseconds())/1000/per, "parse-cpu-ms/1kw")
}
