#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace TestSupport {

// Runs handler on the next dialog of type Dialog once it is shown (exec() and the
// static QInputDialog helpers block the caller); when none comes within about ten
// seconds, every open dialog is closed so the test fails instead of hanging.
template <typename Dialog> void whenShown(std::function<void(Dialog *)> handler)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handler, tries] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            auto *dialog = qobject_cast<Dialog *>(window);
            if (dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                handler(dialog);
                return;
            }
        }
        if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
            for (QWidget *window : windows) {
                if (auto *other = qobject_cast<QDialog *>(window); other && other->isVisible())
                    other->reject();
            }
        }
    });
    timer->start();
}

} // namespace TestSupport
