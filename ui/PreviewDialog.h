#pragma once

#include "eboekhouden/Ledger.h"
#include "sync/SyncConfiguration.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class Database;
class EBoekhoudenClient;
struct PostedBooking;
struct PostingResult;
struct StoredDocument;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

// "Preview posting" laid out as a journal entry: per row the ledger (code and name), the VAT code, net, VAT and
// gross, right-aligned, with totals that are the sums of the rows above them. For a document not yet booked:
// what would be sent, with the VAT e-Boekhouden will compute, or why it cannot be booked yet. For a booked
// document: what was sent, from the store's record of the booking (PostedBooking), never a re-booking under
// today's settings. A "Request" tab shows the exact request body where one is known: the kept post's for a booked
// document; for one not yet booked the body the push would send, made after read-only look-ups (lookUpRequest).
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `ledgers`: the administration's kept ledger list, for the ledgers' names beside their codes.
    PreviewDialog(const QString& documentNumber, const PostingResult& result, const QList<Ledger>& ledgers = {},
                  QWidget* parent = nullptr);
    PreviewDialog(const QString& documentNumber, const PostedBooking& booking, QWidget* parent = nullptr);
    // A booked document of which no post was kept (linked to e-Boekhouden's booking, or booked before the
    // audit trail): says so, with the number it is booked under, instead of guessing.
    PreviewDialog(const QString& documentNumber, const QString& eboekhoudenNumber, QWidget* parent = nullptr);

    // The exact request body (JSON or XML) for the Request tab; an empty body leaves the tab out.
    void setRequestBody(const QString& body);
    // The Request tab with a line above the body: where it goes, or why there is no body (then `body` is empty).
    void setRequest(const QString& note, const QString& body);

    using ClientFactory = std::function<std::unique_ptr<EBoekhoudenClient>()>;
    // A document not yet booked (issue 15): looks up, off the GUI thread, the debtor the push would use and the
    // ids its request needs (DocumentPusher::previewRequest: reads only, nothing is sent or stored), meanwhile
    // saying so; then shows the posting on that debtor and the exact body the push would send. When
    // e-Boekhouden cannot be reached the posting stays and the Request tab says why there is no body.
    // `factory` makes the client on the worker thread (the clients belong to the thread that made them);
    // `store` must outlive the look-up (its connection is per thread).
    void lookUpRequest(const ClientFactory& factory, const Database& store, const StoredDocument& stored,
                       const SyncConfiguration& configuration);

signals:
    // The look-up of lookUpRequest is done and shown (for tests and screenshots).
    void requestLookedUp();

private:
    void begin(const QString& title);
    void finish();
    // Fills the journal entry tab with `result` (replacing what it showed).
    void showPosting(const PostingResult& result);

    QTabWidget* m_tabs = nullptr;
    QWidget* m_entry = nullptr;
    QWidget* m_requestPage = nullptr;
    QLabel* m_requestNote = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QLabel* m_lookUpStatus = nullptr;
    QList<Ledger> m_ledgers;
};
