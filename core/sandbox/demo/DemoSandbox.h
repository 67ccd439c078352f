#pragma once

#include "sync/SyncEngine.h"

#include <QObject>

#include <memory>

class EBoekhoudenEmulator;
class MagentoEmulator;
class ViesEmulator;

// The built-in sandbox of demo mode: a Magento shop and an e-Boekhouden administration, both emulated on
// 127.0.0.1 with generated data, and the EU's VIES that checks the ICP customers' VAT numbers, so a newcomer can try
// every screen and push without an account. Nothing leaves this computer. The emulators answer on the thread that
// starts them (the GUI thread); the engine that talks to them runs on its own thread.
class DemoSandbox : public QObject
{
    Q_OBJECT

public:
    explicit DemoSandbox(int invoices = 120, QObject* parent = nullptr);
    ~DemoSandbox() override;

    bool start();

    SyncEngine::ClientFactory clientFactory() const;
    SyncEngine::ConnectorFactory connectorFactory() const;
    // The demo administration's settings and VAT mapping (ledgers as the emulator has them).
    SyncConfiguration configuration() const;

    EBoekhoudenEmulator& eboekhouden() { return *m_eboekhouden; }
    MagentoEmulator& shop() { return *m_shop; }
    ViesEmulator& vies() { return *m_vies; }

private:
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhouden;
    std::unique_ptr<MagentoEmulator> m_shop;
    std::unique_ptr<ViesEmulator> m_vies;
};
