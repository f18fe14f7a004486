"""Icons drawn on demand look exactly as icons drawn at every size up front did."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from gui.theming import resources

SIZES = (16, 20, 24, 32, 48)
MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)


def _drawn_up_front(name: str, color: str) -> QIcon:
    """The icon as it was made before: a pixmap for every size and scale."""
    svg = resources._svg(name).replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    for size in resources._SIZES:
        for scale in (1, 2):
            image = QImage(size * scale, size * scale, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
    return result


def _image(pixmap: QPixmap) -> QImage:
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


@pytest.mark.parametrize("name", ["back", "print", "search"])
def test_the_same_pixels_at_every_size_scale_and_mode(app, name: str) -> None:  # type: ignore[no-untyped-def]
    on_demand = resources.icon(name, "#123456")
    up_front = _drawn_up_front(name, "#123456")
    for size in SIZES:
        for scale in (1.0, 2.0):
            for mode in MODES:
                new = on_demand.pixmap(QSize(size, size), scale, mode)
                old = up_front.pixmap(QSize(size, size), scale, mode)
                assert new.devicePixelRatio() == old.devicePixelRatio()
                assert _image(new) == _image(old), (size, scale, mode)


def test_nothing_is_drawn_before_it_is_asked_for(app) -> None:  # type: ignore[no-untyped-def]
    engine = resources.SvgIconEngine(resources._svg("back"))
    icon = QIcon(engine)
    assert not icon.isNull()
    assert engine._pixmaps == {}
    assert icon.pixmap(QSize(20, 20), 2.0).size() == QSize(40, 40)
    assert [key[:3] for key in engine._pixmaps] == [(40, 40, 2.0)]


def test_an_unknown_name_fails_at_once() -> None:
    with pytest.raises(FileNotFoundError):
        resources.icon("no-such-icon")


def test_a_copy_that_qt_detaches_outlives_python_references(app) -> None:  # type: ignore[no-untyped-def]
    original = resources.icon("back", "#654321")
    for _ in range(3):
        copy = QIcon(original)
        copy.addPixmap(QPixmap(8, 8))  # detaches: Qt clones the engine
        gc.collect()
        assert copy.pixmap(QSize(16, 16)).size() == QSize(16, 16)
        del copy
        gc.collect()
    assert len(resources._clones) <= 1  # the clones Qt deleted are let go
    assert original.pixmap(QSize(24, 24)).size() == QSize(24, 24)


@pytest.mark.parametrize(
    ("ratio", "zoom", "drawn"), [(1.0, 1.0, 20), (2.0, 1.0, 40), (1.0, 1.5, 30)]
)
def test_an_icon_painted_is_drawn_at_its_size_in_device_pixels(
    app, ratio: float, zoom: float, drawn: int
) -> None:  # type: ignore[no-untyped-def]
    """On a high-DPI screen (the image's pixel ratio) or a scaled painter, the icon is
    drawn at as many pixels as it covers, so that it stays sharp."""
    engine = resources.SvgIconEngine(resources._svg("back"))
    image = QImage(100, 100, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    blank = image.copy()
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    QIcon(engine).paint(painter, QRect(0, 0, 20, 20))
    painter.end()
    assert [key[:2] for key in engine._pixmaps] == [(drawn, drawn)]
    assert image != blank
