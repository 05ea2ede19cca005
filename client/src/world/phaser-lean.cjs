/* The Phaser the world view needs, and no more: Phaser's own "core" entry (phaser/src/phaser-core.js)
 * plus containers. The full build (physics, tilemaps, particles, sound…) is about
 * twice as much script to parse before the first frame. Vite points `phaser` here (client/vite.config.ts),
 * and replaces Phaser's build flags (`typeof WEBGL_RENDERER` …) as Phaser's own webpack build does.
 * Types still come from the phaser package. */
/* eslint-disable */
require('../../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../../node_modules/phaser/src/const');
var Extend = require('../../../node_modules/phaser/src/utils/object/Extend');

/**
 * Alternative Phaser entry-point for a Core build only.
 * See phaser.js for the JSDocs entry point.
 */

var Phaser = {

    Animations: require('../../../node_modules/phaser/src/animations'),
    BlendModes: require('../../../node_modules/phaser/src/renderer/BlendModes'),
    Cache: require('../../../node_modules/phaser/src/cache'),
    Cameras: { Scene2D: require('../../../node_modules/phaser/src/cameras/2d') },
    Core: require('../../../node_modules/phaser/src/core'),
    Class: require('../../../node_modules/phaser/src/utils/Class'),
    Data: require('../../../node_modules/phaser/src/data'),
    Display: { Masks: require('../../../node_modules/phaser/src/display/mask') },
    DOM: require('../../../node_modules/phaser/src/dom'),
    Events: require('../../../node_modules/phaser/src/events'),
    Filters: require('../../../node_modules/phaser/src/filters'),
    Game: require('../../../node_modules/phaser/src/core/Game'),
    GameObjects: {
        DisplayList: require('../../../node_modules/phaser/src/gameobjects/DisplayList'),
        GameObjectCreator: require('../../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
        GameObjectFactory: require('../../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
        UpdateList: require('../../../node_modules/phaser/src/gameobjects/UpdateList'),
        Components: require('../../../node_modules/phaser/src/gameobjects/components'),
        BuildGameObject: require('../../../node_modules/phaser/src/gameobjects/BuildGameObject'),
        BuildGameObjectAnimation: require('../../../node_modules/phaser/src/gameobjects/BuildGameObjectAnimation'),
        GameObject: require('../../../node_modules/phaser/src/gameobjects/GameObject'),
        Graphics: require('../../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
        Image: require('../../../node_modules/phaser/src/gameobjects/image/Image'),
        Layer: require('../../../node_modules/phaser/src/gameobjects/layer/Layer'),
        Sprite: require('../../../node_modules/phaser/src/gameobjects/sprite/Sprite'),
        Text: require('../../../node_modules/phaser/src/gameobjects/text/Text'),
        Container: require('../../../node_modules/phaser/src/gameobjects/container/Container'),
        Factories: {
            Container: require('../../../node_modules/phaser/src/gameobjects/container/ContainerFactory'),
            Graphics: require('../../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
            Image: require('../../../node_modules/phaser/src/gameobjects/image/ImageFactory'),
            Layer: require('../../../node_modules/phaser/src/gameobjects/layer/LayerFactory'),
            Sprite: require('../../../node_modules/phaser/src/gameobjects/sprite/SpriteFactory'),
            Text: require('../../../node_modules/phaser/src/gameobjects/text/TextFactory')
        },
        Creators: {
            Graphics: require('../../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
            Image: require('../../../node_modules/phaser/src/gameobjects/image/ImageCreator'),
            Layer: require('../../../node_modules/phaser/src/gameobjects/layer/LayerCreator'),
            Sprite: require('../../../node_modules/phaser/src/gameobjects/sprite/SpriteCreator'),
            Text: require('../../../node_modules/phaser/src/gameobjects/text/TextCreator')
        }
    },
    Input: require('../../../node_modules/phaser/src/input'),
    Loader: {
        FileTypes: {
            AnimationJSONFile: require('../../../node_modules/phaser/src/loader/filetypes/AnimationJSONFile'),
            AtlasJSONFile: require('../../../node_modules/phaser/src/loader/filetypes/AtlasJSONFile'),
            AudioFile: require('../../../node_modules/phaser/src/loader/filetypes/AudioFile'),
            AudioSpriteFile: require('../../../node_modules/phaser/src/loader/filetypes/AudioSpriteFile'),
            HTML5AudioFile: require('../../../node_modules/phaser/src/loader/filetypes/HTML5AudioFile'),
            ImageFile: require('../../../node_modules/phaser/src/loader/filetypes/ImageFile'),
            JSONFile: require('../../../node_modules/phaser/src/loader/filetypes/JSONFile'),
            MultiAtlasFile: require('../../../node_modules/phaser/src/loader/filetypes/MultiAtlasFile'),
            PluginFile: require('../../../node_modules/phaser/src/loader/filetypes/PluginFile'),
            ScriptFile: require('../../../node_modules/phaser/src/loader/filetypes/ScriptFile'),
            SpriteSheetFile: require('../../../node_modules/phaser/src/loader/filetypes/SpriteSheetFile'),
            TextFile: require('../../../node_modules/phaser/src/loader/filetypes/TextFile'),
            XMLFile: require('../../../node_modules/phaser/src/loader/filetypes/XMLFile')
        },
        File: require('../../../node_modules/phaser/src/loader/File'),
        FileTypesManager: require('../../../node_modules/phaser/src/loader/FileTypesManager'),
        GetURL: require('../../../node_modules/phaser/src/loader/GetURL'),
        LoaderPlugin: require('../../../node_modules/phaser/src/loader/LoaderPlugin'),
        MergeXHRSettings: require('../../../node_modules/phaser/src/loader/MergeXHRSettings'),
        MultiFile: require('../../../node_modules/phaser/src/loader/MultiFile'),
        XHRLoader: require('../../../node_modules/phaser/src/loader/XHRLoader'),
        XHRSettings: require('../../../node_modules/phaser/src/loader/XHRSettings')
    },
    Math: {
        Between: require('../../../node_modules/phaser/src/math/Between'),
        DegToRad: require('../../../node_modules/phaser/src/math/DegToRad'),
        FloatBetween: require('../../../node_modules/phaser/src/math/FloatBetween'),
        RadToDeg: require('../../../node_modules/phaser/src/math/RadToDeg'),
        Vector2: require('../../../node_modules/phaser/src/math/Vector2')
    },
    Plugins: require('../../../node_modules/phaser/src/plugins'),
    Renderer: require('../../../node_modules/phaser/src/renderer'),
    Scale: require('../../../node_modules/phaser/src/scale'),
    ScaleModes: require('../../../node_modules/phaser/src/renderer/ScaleModes'),
    Scene: require('../../../node_modules/phaser/src/scene/Scene'),
    Scenes: require('../../../node_modules/phaser/src/scene'),
    Structs: require('../../../node_modules/phaser/src/structs'),
    Textures: require('../../../node_modules/phaser/src/textures'),
    Time: require('../../../node_modules/phaser/src/time'),
    TintModes: require('../../../node_modules/phaser/src/renderer/TintModes'),
    Tweens: require('../../../node_modules/phaser/src/tweens')
};

//  Merge in the optional plugins and WebGL only features

if (typeof FEATURE_SOUND)
{
    Phaser.Sound = require('../../../node_modules/phaser/src/sound');
}

//   Merge in the consts

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
