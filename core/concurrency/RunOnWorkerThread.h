#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// Runs `work` on a thread of its own and hands its result to `deliver` on the thread of `receiver` (the GUI
// thread for a widget). The clients of e-Boekhouden and the shops block on a local event loop and belong to
// the thread that made them, so `work` creates them itself. When `receiver` is gone before the work ends the
// result is dropped; the thread still finishes and deletes itself. Returns the thread, e.g. to wait on it.
//
// Qt Concurrent would do the same, but is not a dependency of the engine; QThread::create is in QtCore.
template <typename Work, typename Deliver>
QThread* runOnWorkerThread(QObject* receiver, Work work, Deliver deliver)
{
    using Value = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<Value>>();
    QThread* thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, receiver, [result, deliver = std::move(deliver)]() mutable {
        if (result->has_value())
            deliver(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}
