// The signed-list copy of the built extension lives with the demo, which shows the full-page warning with it too.
export { extensionWithList } from '../../scripts/demo/signed-list';
