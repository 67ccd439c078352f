#include "HttpExchangeRecorder.h"

namespace {

thread_local HttpExchangeRecorder* threadRecorder = nullptr;

} // namespace

HttpExchangeRecorder* HttpExchangeRecorder::current()
{
    return threadRecorder;
}

HttpExchangeRecorder::Scope::Scope(HttpExchangeRecorder* recorder)
    : m_previous(threadRecorder)
{
    threadRecorder = recorder;
}

HttpExchangeRecorder::Scope::~Scope()
{
    threadRecorder = m_previous;
}
