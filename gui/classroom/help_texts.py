"""The sentences of "What's this?" for the tabs and the charts: what a student sees there and how to read it.

Keyed by object name, or by class name for widgets that have none, so each tab keeps its own code.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class HelpTexts(QObject):
    def tabs(self) -> dict[str, str]:
        """Tab page (object or class name) -> its tooltip."""
        return {
            "TrainTab": self.tr("Choose a network and its settings, press Start and watch it learn, epoch by epoch."),
            "DesignTab": self.tr(
                "Build your own network layer by layer: each layer's output shape and weights show as you edit."
            ),
            "PredictTab": self.tr("Draw a digit or open a picture, and see what the network reads in it."),
            "EvaluateView": self.tr("Where the network is right and where it is wrong, on images it never trained on."),
            "InsideView": self.tr("Look inside the network: its filters, its weights, and what each layer sees."),
            "RunsTab": self.tr("Every training run saved on this computer: compare them and open one again."),
            "SweepView": self.tr(
                "Let the computer try many settings, one short training each, and find the ones that work best."
            ),
        }

    def charts(self) -> dict[str, str]:
        """Chart (object or class name) -> the sentence "What's this?" shows for it."""
        return {
            "lossPlot": self.tr(
                "The loss: how wrong the network still is. It should fall as it learns; the faint line is every "
                "batch, the dark one its average, the dots one value per epoch."
            ),
            "accuracyPlot": self.tr(
                "The accuracy: the share of images the network gets right after each epoch, on training, "
                "validation and test images. A growing gap between them means it memorises."
            ),
            "lrPlot": self.tr(
                "The learning rate during the run: how big each step of learning is. A schedule makes it "
                "smaller towards the end."
            ),
            "sampleGrid": self.tr(
                "Test images with the network's answer under each: green is right, red is wrong. They update "
                "after every epoch."
            ),
            "probabilityPlot": self.tr(
                "How sure the network is of each class for your drawing: the longest bar is its answer."
            ),
            "imageProbabilityPlot": self.tr(
                "How sure the network is of each class for this picture: the longest bar is its answer."
            ),
            "layerList": self.tr(
                "Your network, one row per layer from the picture down to the answer: what each layer hands on "
                "(channels × height × width) and its weights. A red layer does not fit; its tooltip says why."
            ),
            "designVerdict": self.tr(
                "Whether the network fits the images chosen above, and if not, what to change at which layer."
            ),
            "layerForm": self.tr("The options of the selected layer; hover over one to read what it does."),
            "drawCanvas": self.tr("Draw a digit here with the mouse; the network reads it while you draw."),
            "modelInputView": self.tr(
                "Your drawing as the network sees it: shrunk to 28x28 grey pixels and centred, like MNIST."
            ),
            "ConfusionWidget": self.tr(
                "The confusion matrix: each row is the true class, each column the network's answer. The "
                "diagonal counts the right answers; click a cell to see its images."
            ),
            "ImageGallery": self.tr("Images with the network's answer and how sure it was; red frames are mistakes."),
            "FiltersWidget": self.tr(
                "The filters of a convolutional layer: each small square is a pattern the layer looks for, "
                "such as an edge or a stroke."
            ),
            "WeightsWidget": self.tr(
                "How the weights are spread, now and at the start, and how much each layer still changes "
                "from one epoch to the next."
            ),
            "FeatureMapsWidget": self.tr(
                "Feature maps: what each filter finds in the picture. Bright means the pattern is there."
            ),
            "SaliencyPanel": self.tr(
                "Saliency: the pixels that push the network towards a class. Bright pixels mattered most for "
                "its answer."
            ),
            "MapGrid": self.tr("A grid of small pictures computed from the network; point at one for its name."),
            "SummaryTable": self.tr(
                "The network's layers from input to output: the size of what each one produces, its number "
                "of weights and how much of the image it sees."
            ),
            "RunLog": self.tr("One line per finished epoch: losses, accuracies, learning rate and time taken."),
            "ProgressPanel": self.tr(
                "The run at a glance: the epoch, the latest numbers, and how much of the run is done."
            ),
            "myDigitsAccuracyPlot": self.tr("How well the network reads the digits you collected yourself."),
        }
