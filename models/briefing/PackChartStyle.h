#pragma once

#include <QColor>
#include <QFont>

// The look the pack's painted charts share (position maps, indicator charts):
// the window charts' greys, and a font whose text extracts from the PDF as typed.
namespace PackChartStyle {

inline const QColor TextColor{0x1f, 0x29, 0x37};
inline const QColor AxisColor{0x6b, 0x72, 0x80};
inline const QColor GridColor{0xe5, 0xe7, 0xeb};

QFont font(int pixelSize, bool bold = false);

} // namespace PackChartStyle
